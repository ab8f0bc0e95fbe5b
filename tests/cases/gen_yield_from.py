# yield from: three-level chains, return values, delegation of send/throw/close to inner generators, plain iterators and custom iterator classes with and without send/throw/close, yield from list/range/str/dict, exceptions from the inner generator, StopIteration values.
def level3(tag):
    got = yield tag + ":3a"
    print("level3 got", got)
    got = yield tag + ":3b"
    print("level3 got", got)
    return tag + "-ret3"

def level2(tag):
    r = yield from level3(tag)
    print("level2 received return", r)
    got = yield tag + ":2"
    print("level2 got", got)
    return r + "+ret2"

def level1(tag):
    r = yield from level2(tag)
    print("level1 received return", r)
    return r + "+ret1"

g = level1("T")
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
try:
    g.send("s3")
except StopIteration as e:
    print("final:", e.value)

print(list(level1("L")))

# throw delegated through three levels and caught at level 3
def catch3():
    while True:
        try:
            yield "c3"
        except KeyError as e:
            print("level3 caught", e)
            yield "after catch"
            return "c3-done"
def mid():
    r = yield from catch3()
    print("mid got", r)
    yield "mid-end"
def top():
    yield from mid()
    yield "top-end"
g = top()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g))
print(list(g))

# throw not caught by the inner: caught by the outer
def inner_nocatch():
    try:
        yield "inner"
    finally:
        print("inner finally")
def outer_catch():
    try:
        yield from inner_nocatch()
    except ValueError as e:
        print("outer caught", e)
        yield "outer recovered"
g = outer_catch()
print(next(g))
print(g.throw(ValueError("v")))

# close delegated: inner closed first, then outer
def inner_close():
    try:
        yield 1
        yield 2
    finally:
        print("inner closing")
def outer_close():
    try:
        yield from inner_close()
    finally:
        print("outer closing")
g = outer_close()
next(g)
g.close()

# GeneratorExit thrown with throw() is also delegated
g = outer_close()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# yield from plain iterables
def plain():
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    yield from (x * 10 for x in range(2))
    yield from {"k1": 1, "k2": 2}
    yield from {7: "x"}.items()
    r = yield from []
    yield ("empty list result", r)
    r = yield from iter([99])
    yield ("iter result", r)
    yield from b"hi"
    yield from (("t", 1),)
print(list(plain()))

# sending non-None into a plain iterator delegate: AttributeError (no send)
def over_list():
    yield from [1, 2, 3]
g = over_list()
print(next(g))
print(g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# throw into a plain iterator delegate: thrown at the yield from
g = over_list()
next(g)
try:
    g.throw(ValueError("into list"))
except ValueError as e:
    print("ValueError:", e)
print(list(g))

# close with a plain iterator delegate
g = over_list()
next(g)
g.close()
print(list(g))

# custom iterator class without send/throw/close
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("Countdown.__iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("countdown-done")
        self.n -= 1
        return self.n
def deleg_countdown():
    r = yield from Countdown(3)
    yield ("result", r)
print(list(deleg_countdown()))

# custom iterator with send/throw/close methods
class Full:
    def __init__(self):
        self.i = 0
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        self.i += 1
        if self.i > 5:
            raise StopIteration("full-done")
        return "n%d" % self.i
    def send(self, v):
        self.log.append("send %r" % (v,))
        self.i += 1
        return "s%d:%s" % (self.i, v)
    def throw(self, typ, val=None, tb=None):
        name = typ.__name__ if isinstance(typ, type) else type(typ).__name__
        self.log.append("throw %s" % name)
        if name == "ValueError":
            return "handled ValueError"
        raise typ if val is None else val
    def close(self):
        self.log.append("close")

f = Full()
def deleg_full():
    r = yield from f
    yield ("full result", r)
g = deleg_full()
print(next(g))
print(g.send(None))
print(g.send("hello"))
print(g.throw(ValueError))
try:
    g.throw(KeyError("kk"))
except KeyError as e:
    print("KeyError out:", e)
print(f.log)

f = Full()
g = deleg_full()
next(g)
g.close()
print(f.log)

# throw with the three-argument form is passed on
f = Full()
g = deleg_full()
next(g)
print(g.throw(ValueError, ValueError("with value"), None))
print(f.log)

# throw(GeneratorExit) into a delegate with close: close is called, not throw
f = Full()
g = deleg_full()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit re-raised, log:", f.log)

# delegate's close raising
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise RuntimeError("close failed")
def deleg_badclose():
    yield from BadClose()
g = deleg_badclose()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# non-iterable in yield from
def bad_yf():
    yield from 5
try:
    next(bad_yf())
except TypeError as e:
    print("TypeError:", e)

# exception in the inner propagates through all levels
def boom():
    yield 1
    raise ZeroDivisionError("deep")
def m1():
    yield from boom()
def m2():
    try:
        yield from m1()
    except ZeroDivisionError as e:
        print("m2 caught", e)
        return "m2 handled"
g = m2()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# StopIteration value semantics: returning a StopIteration-like value or a tuple
def ret_tuple():
    return (1, 2)
    yield
def ret_exc():
    yield "x"
    return StopIteration("as value")
def ret_none():
    yield "y"
def collect():
    a = yield from ret_tuple()
    b = yield from ret_exc()
    c = yield from ret_none()
    return a, repr(b), c
g = collect()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)

# yield from the same generator twice: second one is exhausted
def twice():
    inner = level3("tw")
    r1 = yield from inner
    r2 = yield from inner
    return r1, r2
g = twice()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

# delegate to a generator that is already started
def starter():
    yield "s1"
    yield "s2"
    yield "s3"
s = starter()
print(next(s))
def continues():
    yield from s
print(list(continues()))

# a delegating generator's yield from expression value used in an expression
def summing():
    total = (yield from level3("a")) + "|" + (yield from level3("b"))
    return total
g = summing()
vals = []
try:
    x = next(g)
    while True:
        vals.append(x)
        x = g.send(len(vals))
except StopIteration as e:
    print(vals, e.value)
