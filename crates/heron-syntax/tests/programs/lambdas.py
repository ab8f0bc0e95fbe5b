square = lambda x: x * x
adder = lambda a, b=square(2), *rest, k=1, **kw: a + b + k


def make_multipliers(n):
    return [lambda x, i=i: x * i * n for i in range(n)]


def curry(f):
    return lambda a: lambda b: f(a, b)


class WithLambda:
    key = lambda self: self.value
    value = 3
