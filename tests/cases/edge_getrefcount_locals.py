# sys.getrefcount sees CPython's numbers for locals, parameters, cells, globals and temporaries.
import sys
from sys import getrefcount
G = object()
def f(p):
    x = object()
    y = x
    def inner():
        return c
    c = object()
    print(sys.getrefcount(x), getrefcount(y), sys.getrefcount(p), sys.getrefcount(c))
    print(sys.getrefcount(G), sys.getrefcount(object()), sys.getrefcount([x]))
    print(sys.getrefcount(x) == getrefcount(x))
f(object())
o = object()
print(sys.getrefcount(o), getrefcount(G))
def gen():
    try:
        g = yield
        yield sys.getrefcount(g)
    finally:
        pass
g = gen(); next(g); print(g.send(g))
def gp(p):
    yield sys.getrefcount(p)
print(next(gp(object())))
