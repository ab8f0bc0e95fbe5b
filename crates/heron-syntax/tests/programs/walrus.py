found = [y for x in range(10) if (y := x * 2) > 5]
print(y)


def search(items):
    if any((hit := item) > 3 for item in items):
        return hit
    return None


def nested(rows):
    return [[(last := cell) for cell in row] for row in rows], last


def lambda_inside(xs):
    return [lambda: (z := x) for x in xs]


def declared_global():
    global g
    return [(g := i) for i in range(3)]


def plain():
    if (n := 10) > 5:
        return n
