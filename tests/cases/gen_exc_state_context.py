# a new exception raised in a generator after its handler ended has no stale __context__ from the caller
def gen():
    try:
        raise KeyError("in-gen")
    except KeyError:
        yield 1
    raise TypeError("after handler")

g = gen()
try:
    raise ValueError("outer")
except ValueError:
    next(g)
try:
    next(g)
except TypeError as e:
    print(repr(e.__context__))
