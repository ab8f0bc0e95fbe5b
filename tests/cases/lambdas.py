# Lambdas: defaults, closures, sorting keys, names.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=10, *r, k=1, **kw: (a + b + sum(r) + k, kw)
print(add(1), add(1, 2, 3, 4, k=0, z=5))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
def f():
    return lambda: 1
print(f().__qualname__)
