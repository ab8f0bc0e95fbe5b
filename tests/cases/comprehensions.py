# List, set and dict comprehensions: nesting, conditions, scoping.
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print(sorted({c.upper() for c in "hello"}))
print({k: v for k, v in zip("abc", range(3)) if v})
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in range(2)], x)
n = 3
print([n * i for i in range(n)])
def f():
    m = 10
    return [m + i for i in range(3)]
print(f())
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([y for y in [1, 2, 3] if y > 1 if y < 3])
def g():
    return [locals().get("z", "-") for z in range(2)]
print(g())
