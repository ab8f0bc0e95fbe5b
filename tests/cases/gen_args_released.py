# A generator owns its arguments, as CPython's generator frame does: rebinding a parameter
# releases the argument (contextlib's test_nokeepref), and a generator caught in a reference
# cycle through its own local is still finalized by the collector.
import gc
import sys
import weakref


class A:
    pass


def woohoo(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print(a() is None, b() is None)
    yield


args = (A(),)
kw = {"b": A()}
g = woohoo(*args, **kw)
del args, kw
next(g, None)

args = (A(),)
kw = {"b": A()}
g = woohoo(*args, **kw)
del args
next(g, None)
del kw


def thrown_at_start(x):
    yield x


g = thrown_at_start(A())
try:
    g.throw(ValueError("at start"))
except ValueError as e:
    print("thrown:", e)


def refcycle():
    finalized = False

    def gen():
        nonlocal finalized
        try:
            g = yield
            yield 1
        finally:
            finalized = True

    g = gen()
    next(g)
    g.send(g)
    print(sys.getrefcount(g) > 2, finalized)
    del g
    gc.collect()
    print(finalized)


refcycle()
