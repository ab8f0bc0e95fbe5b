# Generator and generator-expression object attributes: names, qualnames, code, frame, repr, type, states.
import inspect
import re
import types
import collections.abc

REPR = re.compile(r"^<generator object (\S+) at 0x[0-9a-fA-F]+>$")


def describe(g):
    m = REPR.match(repr(g))
    return (g.__name__, g.__qualname__, g.gi_code.co_name, type(g).__name__, m.group(1) if m else repr(g))


g = (x for x in range(3))
print(describe(g))
print(g.gi_code.co_argcount, g.gi_code.co_varnames)


def outer():
    return (y for y in "ab")


print(describe(outer()))


def simple():
    yield 1


print(describe(simple()))


class K:
    def method(self):
        yield self

    def genexp(self):
        return (z for z in [self])

    @staticmethod
    def static_gen():
        yield 0

    class Inner:
        def deep(self):
            def local():
                yield (w for w in "")

            return local()


print(describe(K().method()))
print(describe(K().genexp()))
print(describe(K.static_gen()))
loc = K.Inner().deep()
print(describe(loc))
print(describe(next(loc)))

lam = lambda: (q for q in ())  # noqa: E731
print(describe(lam()))

# Type checks.
g = (x for x in range(2))
print(isinstance(g, types.GeneratorType), isinstance(g, collections.abc.Generator), isinstance(g, collections.abc.Iterator))
print(inspect.isgenerator(g), inspect.isgeneratorfunction(simple), inspect.isgeneratorfunction(outer))
print(inspect.isfunction(simple), inspect.isgenerator(simple))
print(iter(g) is g, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(bool(simple.__code__.co_flags & inspect.CO_GENERATOR), bool(outer.__code__.co_flags & inspect.CO_GENERATOR))
print(type(simple()) is type(g))

# gi_running / gi_frame / gi_suspended / states.
states = []


def watcher():
    states.append(("inside", inspect.getgeneratorstate(me), me.gi_running))
    yield 1
    states.append(("inside again", me.gi_running))
    yield 2


me = watcher()
print(inspect.getgeneratorstate(me), me.gi_running, me.gi_frame is not None, me.gi_suspended)
next(me)
print(inspect.getgeneratorstate(me), me.gi_running, me.gi_suspended)
next(me)
print(list(me))
print(inspect.getgeneratorstate(me), me.gi_frame, me.gi_suspended)
print(states)

# Frame of a suspended generator (f_locals is covered by genx_gi_frame_locals.py).


def with_locals(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d


w = with_locals(1)
print(w.gi_frame.f_code.co_name, w.gi_code is with_locals.__code__)
next(w)
print(w.gi_frame.f_lineno - with_locals.__code__.co_firstlineno)
next(w)
print(w.gi_frame.f_lineno - with_locals.__code__.co_firstlineno)
w.close()
print(w.gi_frame)

# gi_yieldfrom
def sub():
    yield "s1"
    yield "s2"


def delegator():
    yield "d0"
    yield from sub()


dg = delegator()
print(next(dg), dg.gi_yieldfrom)
print(next(dg), describe(dg.gi_yieldfrom))
print(next(dg), next(dg, "end"), dg.gi_yieldfrom)

# __name__ and __qualname__ are writable.
g = simple()
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, REPR.match(repr(g)).group(1))
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del g.__qualname__
except TypeError as e:
    print("TypeError:", e)

# Generators are not subscriptable / have no len.
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)

# Generator functions keep function attributes.
print(simple.__name__, simple.__qualname__, K.method.__qualname__, inspect.signature(with_locals))


def documented(n):
    "Doc of a generator function."
    yield n


print(documented.__doc__, documented(1).__name__)


# Code objects of generator functions and generator expressions.
import os
def gen(a, b=1, *c, d, **e):
    x = a
    yield x
print(gen.__code__.co_varnames, gen.__code__.co_argcount, gen.__code__.co_kwonlyargcount, gen.__code__.co_name)
g = gen(1, d=2)
print(g.gi_code.co_varnames, g.gi_code.co_flags & 0x20, os.path.basename(g.gi_code.co_filename), g.gi_code.co_firstlineno)
ge = (i for i in [])
print(ge.gi_code.co_flags & 0x20, ge.gi_code.co_argcount, ge.gi_code.co_firstlineno, ge.gi_code.co_qualname)
print(inspect.getgeneratorstate(ge), ge.gi_frame.f_lineno, g.gi_frame.f_lineno)
print(inspect.signature(gen))
print(gen.__defaults__, gen.__kwdefaults__)
