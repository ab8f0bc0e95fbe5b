# Function attributes changed at run time: __name__/__qualname__ (and __code__ names),
# __kwdefaults__, __defaults__, binding through type()-made classes.
def f(a, b):
    return a + b
f.__qualname__ = "Renamed.f"
f.__name__ = "g"
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=3)
except TypeError as e:
    print(e)
print(f.__name__, f.__qualname__, f.__code__.co_name, f.__code__.co_qualname)
def kw(*, k=1):
    return k
kw.__kwdefaults__ = {"k": 99}
print(kw())
kw.__kwdefaults__ = None
try:
    kw()
except TypeError as e:
    print(e)
def d(a, b=2):
    return a, b
d.__defaults__ = (7, 8, 9)
print(d(), d(1))
def other(a, b):
    return "other", a, b
# (Assigning __code__ is not supported for compiled functions: README, known differences.)
print(f.__module__, f.__dict__, f.__annotations__, f.__doc__)
f.custom = 5
print(f.__dict__)
import functools
p = functools.partial(other, 1)
print(p(2), functools.reduce(lambda a, b: a * b, range(1, 6)))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
Bound = type("Bound", (), {"m": lambda self, x: (self.__class__.__name__, x), "sm": staticmethod(lambda x: x * 2), "cm": classmethod(lambda cls: cls.__name__)})
bb = Bound()
print(bb.m(1), bb.sm(2), Bound.cm(), Bound.m(bb, 3))
def meth(self, y=1):
    return type(self).__name__, y
Bound.meth = meth
print(bb.meth(), bb.meth.__func__ is meth, bb.meth.__self__ is bb)
try:
    bb.meth(1, 2)
except TypeError as e:
    print(e)
try:
    Bound.m()
except TypeError as e:
    print(e)
import inspect
print(inspect.signature(meth), inspect.signature(bb.meth))
import types
print(isinstance(meth, types.FunctionType), type(meth).__name__, callable(meth))
print(repr(meth).split(" at ")[0], meth.__get__(bb)())
