# Generator object attributes: gi_frame (None when finished, f_lineno while suspended), gi_code, __name__/__qualname__ (and assigning them), gi_yieldfrom, gi_suspended, gi_running, inspect.getgeneratorstate/getgeneratorlocals, isinstance checks, inspect.isgeneratorfunction, repr prefix.
import collections.abc
import inspect
import types

def simple(a, b=2):
    x = a + b
    yield x
    y = x * 2
    yield y
    return "r"

g = simple(1)
print(isinstance(g, types.GeneratorType))
print(isinstance(g, collections.abc.Generator), isinstance(g, collections.abc.Iterator),
      isinstance(g, collections.abc.Iterable), isinstance(g, collections.abc.Coroutine))
print(issubclass(types.GeneratorType, collections.abc.Generator))
print(inspect.isgeneratorfunction(simple), inspect.isgeneratorfunction(lambda: 1),
      inspect.isgenerator(g), inspect.isgenerator(simple), inspect.isfunction(simple))
print(bool(simple.__code__.co_flags & inspect.CO_GENERATOR))
print(bool((lambda: 1).__code__.co_flags & inspect.CO_GENERATOR))
print(simple.__name__, simple.__qualname__)
print(g.__name__, g.__qualname__)
print(g.gi_code is simple.__code__, g.gi_code.co_name, g.gi_code.co_qualname)
print(g.gi_code.co_argcount, g.gi_code.co_varnames[:2])
print(repr(g).startswith("<generator object simple at 0x"))

# states, frames and lines across the lifetime
print("created:", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
print(next(g))
print("suspended:", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
print("line at first yield:", g.gi_frame.f_lineno - simple.__code__.co_firstlineno)
print(next(g))
print("line at second yield:", g.gi_frame.f_lineno - simple.__code__.co_firstlineno)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print("closed:", inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame)
print("locals closed:", inspect.getgeneratorlocals(g))
print(g.gi_code.co_name)

# closing an unstarted generator also drops the frame
g = simple(5)
g.close()
print("closed unstarted:", inspect.getgeneratorstate(g), g.gi_frame)

# state seen from inside
def self_state():
    print("inside:", inspect.getgeneratorstate(s), s.gi_running, s.gi_suspended)
    yield
s = self_state()
next(s)

# __name__ / __qualname__ are per generator object and writable
class C:
    def method(self):
        yield 1
    def nested(self):
        def inner():
            yield 2
        return inner()
c = C()
m = c.method()
print(m.__name__, m.__qualname__)
n = c.nested()
print(n.__name__, n.__qualname__)
m.__name__ = "renamed"
m.__qualname__ = "Some.renamed"
print(m.__name__, m.__qualname__, C.method.__name__, c.method().__name__)
print(repr(m).startswith("<generator object Some.renamed at 0x"))
for attr, val in (("__name__", 1), ("__qualname__", None)):
    try:
        setattr(m, attr, val)
    except TypeError as e:
        print("TypeError:", e)
try:
    del m.__name__
except TypeError as e:
    print("TypeError:", e)
try:
    m.gi_frame = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.custom = 1
except AttributeError as e:
    print("AttributeError:", e)

# renamed function: generator takes the function's name at creation time
def orig():
    yield
orig.__name__ = "newname"
orig.__qualname__ = "Q.newname"
print(orig().__name__, orig().__qualname__)

# gi_yieldfrom
def inner():
    yield "i1"
    yield "i2"
def outer():
    yield "o1"
    yield from inner()
    yield from [10, 20]
    yield "o2"
o = outer()
print(next(o), o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(next(o), type(o.gi_yieldfrom).__name__)
print(next(o), type(o.gi_yieldfrom).__name__)
print(next(o), type(o.gi_yieldfrom).__name__)
print(next(o), o.gi_yieldfrom)
print(list(o), o.gi_yieldfrom)

# the delegate's state while the outer is suspended in yield from
o = outer()
next(o); next(o)
d = o.gi_yieldfrom
print(inspect.getgeneratorstate(o), inspect.getgeneratorstate(d))
print(d.gi_frame.f_lineno - inner.__code__.co_firstlineno)

# generator expressions
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name, inspect.isgenerator(ge))
def make_ge():
    return (j * 2 for j in "ab")
ge2 = make_ge()
print(ge2.__name__, ge2.__qualname__, list(ge2))

# gi_frame.f_back is None while suspended, f_globals is the module namespace
g = simple(2)
next(g)
print(g.gi_frame.f_back, g.gi_frame.f_globals is globals())

# generator type attributes
print(types.GeneratorType.__name__, types.GeneratorType.__qualname__, types.GeneratorType.__module__)
print(sorted(a for a in dir(types.GeneratorType) if a.startswith("gi_")))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"), hasattr(g, "__del__"))
try:
    types.GeneratorType()
except TypeError as e:
    print("TypeError:", e)
