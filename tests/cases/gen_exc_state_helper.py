# leaving an except block inside a generator (or in a helper it calls) restores the generator's own handled exception
import sys

def helper():
    try:
        raise KeyError("k")
    except KeyError:
        pass

def gen():
    helper()
    yield 1
    print("resumed outside handler:", repr(sys.exc_info()[1]))
    yield 2

g = gen()
try:
    raise ValueError("outer")
except ValueError:
    next(g)
next(g)
