# Uncaught ZeroDivisionError raised inside a generator expression consumed by sum(), several frames deep.
def ratios(values, divisors):
    return sum(
        v / d
        for v, d in zip(values, divisors)
        if v >= 0
    )


def average_ratio(rows):
    total = 0.0
    for row in rows:
        print("row", row, "->", ratios(row, [1, 2, 4]))
        total += ratios(row, [1, 2, 4])
    return total / len(rows)


class Report:
    def __init__(self, rows):
        self.rows = rows

    def summary(self):
        return {"avg": average_ratio(self.rows), "scaled": list(self.scaled())}

    def scaled(self):
        for row in self.rows:
            yield sum(x / (x - 3) for x in (abs(v) for v in row))


print(Report([[1, 2, 4], [8, -2, 16]]).summary())
print(sum(1 for _ in (x for x in range(5))))
try:
    ratios([1, 2], [1, 0])
except ZeroDivisionError as e:
    import traceback

    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
Report([[1, 2, 5], [3, 6, 9]]).summary()
