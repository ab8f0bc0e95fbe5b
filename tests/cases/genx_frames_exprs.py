# Generators and frames (sys._getframe, inspect.stack, warnings stacklevel), yield inside compound expressions and evaluation order.
import sys, inspect, warnings, traceback
def framey():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
    yield [fi.function for fi in inspect.stack()[:3]]
    yield sorted(locals())
def consumer_a(g): return next(g)
def consumer_b(g): return next(g)
g = framey()
print(consumer_a(g)); print(consumer_b(g)); print(consumer_a(g)); print(consumer_b(g))
print(g.gi_frame.f_back if g.gi_frame else "no frame")
g2 = framey(); next(g2); print(g2.gi_frame.f_back)
def warner():
    warnings.warn("gen warning", UserWarning, stacklevel=2)
    yield 1
warnings.simplefilter("always")
warnings.showwarning = lambda m, c, f, l, *a: print("warn:", m, c.__name__, l)
def use_warner():
    return list(warner())
use_warner()
def stacky():
    yield [ (fs.name, fs.lineno) for fs in traceback.extract_stack()][-3:]
def call_stacky():
    return next(stacky())
print(call_stacky())
def aug():
    x = 10
    x += yield "first"
    a = [0, 0, 0]
    a[(yield "index")] = (yield "value")
    yield x, a
    yield *a, x
    yield
g = aug()
print(next(g), g.send(5), g.send("V"), g.send(1), next(g), next(g))
def deep_nest(n):
    g = iter(range(3))
    for _ in range(n):
        g = (x + 1 for x in g)
    return list(g)
print(deep_nest(50))
def nonlocal_gen():
    state = 0
    def bump():
        nonlocal state
        state += 10
    def gen():
        nonlocal state
        while state < 35:
            state += 1
            yield state
    return bump, gen()
bump, gen = nonlocal_gen()
print(next(gen)); bump(); print(next(gen)); bump(); bump(); print(list(gen))
class Body:
    def helper():
        yield "from class-body generator"
    produced = list(helper())
    squares = list(n * n for n in range(3))
    del helper
print(Body.produced, Body.squares, hasattr(Body, "helper"))
def stararg(*a, **k):
    yield a
    yield k
print(list(stararg(*(i for i in range(3)), **{"x": 1})))
def assert_in_gen(v):
    assert v, "v must be truthy"
    yield v
try:
    list(assert_in_gen(0))
except AssertionError as e:
    print("AssertionError:", e)
def chained_compare():
    a = yield
    yield 1 < a < 10, a if a else "zero"
c = chained_compare(); next(c); print(c.send(5))
def boolops():
    x = (yield "a") or (yield "b")
    y = (yield "c") and (yield "d")
    yield x, y
b = boolops(); out = [next(b)]
for v in [0, "B", 0]:
    out.append(b.send(v))
print(out)
b = boolops(); next(b); print(b.send("A"), b.send(1), b.send("D"))
