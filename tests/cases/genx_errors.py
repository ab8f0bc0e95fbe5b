# Exceptions raised inside generator expressions and generators: element, filter, iterables; traceback frames.
import traceback


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def report(label, fn):
    try:
        result = fn()
    except Exception as e:
        only = "".join(traceback.format_exception_only(type(e), e)).strip()
        print(f"{label}: {only}")
        print("   frames:", frames(e))
        last = traceback.format_exc().splitlines()[-1]
        print("   last line:", last)
    else:
        print(f"{label}: ok {result!r}")


def divide_all(values):
    return list(10 // v for v in values)


report("element", lambda: divide_all([1, 2, 0, 5]))


def check(v):
    if v == "bad":
        raise ValueError(f"bad value {v!r}")
    return True


def filtered(values):
    return [v for v in (w.upper() for w in values if check(w))]


report("filter", lambda: filtered(["a", "bad", "c"]))


def inner_iterable(rows):
    return sum(x for row in rows for x in row)


report("inner iterable", lambda: inner_iterable([[1, 2], 3]))


def attribute_error(objs):
    g = (o.name for o in objs)
    first = next(g)
    return first, list(g)


class Named:
    name = "named"


report("attribute", lambda: attribute_error([Named(), Named(), 42]))


def key_error():
    d = {"a": 1}
    return dict((k, d[k]) for k in "ab")


report("key", key_error)


def nested_genexp():
    return list(list(1 / (i - j) for j in range(3)) for i in range(3))


report("nested", nested_genexp)


# Exceptions from generator functions, several frames deep.
def parse(tokens):
    for tok in tokens:
        yield int(tok)


def doubled(tokens):
    for n in parse(tokens):
        yield n * 2


def total(tokens):
    return sum(doubled(tokens))


report("gen chain", lambda: total(["1", "2", "x3"]))
report("gen chain ok", lambda: total(["1", "2", "3"]))


# yield from propagates the exception through every delegating frame.
def leaf():
    yield 1
    raise LookupError("leaf failed")


def middle():
    yield from leaf()


def top():
    yield 0
    yield from middle()


report("yield from", lambda: list(top()))


# A generator can catch an exception raised by its consumer via throw().
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("   resilient caught", e)
            yield "recovered"


r = resilient()
print(next(r))
print(r.throw(ValueError("oops")))
print(next(r))
report("throw uncaught type", lambda: r.throw(KeyError("nope")))
report("after death", lambda: next(r))


# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("inner stop")


report("pep479", lambda: list(leaky()))


def leaky_next():
    it = iter([])
    yield 1
    yield next(it)


try:
    list(leaky_next())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

# StopIteration inside a genexp element (not a generator function) is also converted.
try:
    list(next(iter([])) for _ in range(2))
except RuntimeError as e:
    print("genexp RuntimeError:", e, type(e.__cause__).__name__)


# Exception context inside a generator handler.
def context_gen():
    try:
        yield 1
        raise KeyError("first")
    except KeyError:
        yield 2
        raise ValueError("second")


try:
    list(context_gen())
except ValueError as e:
    print("context:", repr(e), "<-", repr(e.__context__))
    print("   frames:", frames(e))


# Errors raised during generator creation vs iteration.
def needs_two(a, b):
    yield a + b


report("bad call", lambda: needs_two(1))
g = needs_two(1, "x")
print("created:", type(g).__name__)
report("first next", lambda: next(g))
report("exhausted", lambda: next(g))


# A generator raising after being resumed by for loop in a try/finally.
def risky():
    try:
        yield 1
        yield 2
        raise OSError(5, "disk on fire")
    finally:
        print("   risky cleanup")


def consume():
    got = []
    for v in risky():
        got.append(v)
    return got


report("oserror", consume)


# Error inside a generator expression's condition that uses a helper.
def is_even(n):
    return n % 2 == 0


report("cond type", lambda: list(n for n in [1, 2, "3"] if is_even(n)))

# sys.exc_info inside a generator is restored after it yields.
import sys


def exc_gen():
    try:
        raise TypeError("inside")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


eg = exc_gen()
print(next(eg), sys.exc_info()[0])
try:
    raise IndexError("outside")
except IndexError:
    print(next(eg), sys.exc_info()[0].__name__)
print(next(eg), sys.exc_info()[0])
