# PEP 479: StopIteration raised inside a generator becomes RuntimeError("generator raised StopIteration") with __cause__/__context__ set; next() on exhausted iterators inside generators; StopIteration subclasses; return in generators; generator expressions.
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
    print("cause is context:", e.__cause__ is e.__context__)
print(list(g))

def via_next():
    it = iter([1, 2])
    while True:
        yield next(it)
try:
    for x in via_next():
        print("via_next", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)

# the right way: catch StopIteration and return
def via_next_ok():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "exhausted"
        yield v
print(list(via_next_ok()))

class MyStop(StopIteration):
    pass
def subclass():
    yield "s"
    raise MyStop("sub")
try:
    list(subclass())
except RuntimeError as e:
    print("subclass ->", e, type(e.__cause__).__name__)

# StopIteration raised before the first yield
def immediately():
    raise StopIteration
    yield
try:
    next(immediately())
except RuntimeError as e:
    print("immediately:", e, repr(e.__cause__))

# StopIteration from a nested function call
def helper():
    raise StopIteration("from helper")
def calls_helper():
    yield 1
    helper()
    yield 2
try:
    print(list(calls_helper()))
except RuntimeError as e:
    print("helper:", e, repr(e.__cause__))

# StopIteration caught inside the generator is fine
def caught_inside():
    try:
        raise StopIteration("inner")
    except StopIteration as e:
        yield "caught " + str(e)
    yield "continues"
print(list(caught_inside()))

# StopIteration from a generator expression
def gen_stop():
    raise StopIteration("genexp")
try:
    list(gen_stop() for _ in range(3))
except RuntimeError as e:
    print("genexp:", e, repr(e.__cause__))

# other exceptions are untouched
def other():
    yield 1
    raise LookupError("untouched")
try:
    list(other())
except LookupError as e:
    print("LookupError:", e, e.__cause__, e.__context__)

# return value -> StopIteration.value, not RuntimeError
def returner():
    yield 1
    return "value"
g = returner()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)

# StopIteration raised while handling another exception
def during_handling():
    yield 0
    try:
        raise KeyError("k")
    except KeyError:
        raise StopIteration("during")
try:
    list(during_handling())
except RuntimeError as e:
    print("during:", repr(e.__cause__), repr(e.__cause__.__context__))

# RuntimeError can be caught by the caller and the generator is closed
g = explicit()
next(g)
try:
    next(g)
except RuntimeError:
    pass
import inspect
print(inspect.getgeneratorstate(g))

# StopIteration in a finally clause on close
def stop_in_finally():
    try:
        yield
    finally:
        raise StopIteration("finally")
g = stop_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e, repr(e.__cause__), type(e.__cause__.__context__).__name__)

# StopIteration thrown in via throw() and uncaught
def plain():
    yield 1
g = plain()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown:", e, repr(e.__cause__))

# outer generator iterating an inner that raises RuntimeError: stays RuntimeError
def outer():
    yield from explicit()
try:
    list(outer())
except RuntimeError as e:
    print("outer:", e, repr(e.__cause__))

# in a comprehension inside a generator: StopIteration propagates out of the comprehension
def comp_in_gen():
    yield [next(iter([])) for _ in range(1)]
try:
    list(comp_in_gen())
except RuntimeError as e:
    print("comp:", e, repr(e.__cause__))

# uncaught at the end
def final():
    yield "last"
    raise StopIteration("uncaught at top level")
for v in final():
    print(v)
