def statements(path, items):
    with open(path) as fh, open(path) as (a, b):
        data = fh.read()
    try:
        value = int(data)
    except ValueError as err:
        value = err
    try:
        pass
    except* TypeError as group:
        value = group
    for i, (j, *k) in items:
        total = i
    else:
        total = 0
    del data
    total += 1
    first, *middle, last = items
    items[0].attr = value
    items[1] = value
    x = y = total
    return value, total, first, middle, last, x, y, a, b, j, k


def aug_only():
    counter += 1
    return counter


def deleter():
    del unknown
