def gen(n):
    for i in range(n):
        yield i
    yield from range(n)


def delegating(it):
    value = yield
    result = yield from it
    return value, result


def genexp_in_function(data):
    factor = 3
    return (d * factor for d in data)


lam_gen = lambda: (yield)
