# Generators with match/case, del across yields, loop finally with break/continue, lambda defaults with yield, locals(), multi-item with + throw.
import sys

def matcher():
    while True:
        cmd = yield
        match cmd:
            case ("add", x, y):
                yield x + y
            case {"op": "neg", "val": v}:
                yield -v
            case [first, *rest] if rest:
                yield from rest
                yield first
            case str() as s if (n := len(s)) > 3:
                yield s[:3], n
            case None:
                return "stop"
            case _:
                yield "unknown"

m = matcher()
next(m)
print(m.send(("add", 2, 3))); next(m)
print(m.send({"op": "neg", "val": 4})); next(m)
print(m.send([1, 2, 3]), next(m), next(m)); next(m)
print(m.send("hello")); next(m)
print(m.send(3.5)); next(m)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)

def del_across():
    x = 1
    yield x
    del x
    yield "deleted"
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
    yield x

print(list(del_across()))

def loop_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield ("body", i)
        finally:
            yield ("finally", i)
    else:
        yield "else"
    yield "after"

print(list(loop_finally()))

def while_else(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield "while-else"

print(list(while_else(2)))

def ret_in_finally():
    for i in range(3):
        try:
            yield i
            return "from try"
        finally:
            if i == 0:
                continue

try:
    g = ret_in_finally()
    print(list(g))
except Exception as e:
    print(type(e))

def lambda_default():
    f = lambda x=(yield "default"): x * 2
    yield f()

g = lambda_default()
print(next(g), g.send(21))

COUNTER = 0
def global_gen():
    global COUNTER
    while COUNTER < 3:
        COUNTER += 1
        yield COUNTER

print(list(global_gen()), COUNTER)

def class_in_gen(base):
    for i in range(2):
        class C:
            val = base + i
            def get(self):
                return self.val, i
        yield C().get()

print(list(class_in_gen(10)))

def outer_gen():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    for i in range(4):
        yield add(i)
    yield ("final", total)

print(list(outer_gen()))

def locals_gen(a, b=2):
    c = a + b
    yield sorted(locals().items())
    d = c * 2
    yield sorted(locals().items())

print(list(locals_gen(1)))

def many_locals():
    v0 = 0; v1 = 1; v2 = 2; v3 = 3; v4 = 4; v5 = 5; v6 = 6; v7 = 7; v8 = 8; v9 = 9
    s = 's'; t = (1, 2); l = [3]; d = {'k': 'v'}; f = 1.5; c = 1j; b = b'x'; n = None
    yield v0 + v9
    v0 += 100
    yield v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, s, t, l, d, f, c, b, n
    del v5
    yield 'v5' in locals(), len(locals())

print(list(many_locals()))

def multi_with():
    class CM:
        def __init__(s, n, sup=False): s.n = n; s.sup = sup
        def __enter__(s): print("enter", s.n); return s.n
        def __exit__(s, *e): print("exit", s.n, e[0].__name__ if e[0] else None); return s.sup
    with CM("a") as a, CM("b", True) as b, CM("c") as c:
        yield a + b + c
        yield "second"
    yield "after with"

g = multi_with()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g, "end"))

def try_else():
    try:
        x = yield "try"
    except KeyError:
        yield "except"
    else:
        yield f"else {x}"
    finally:
        yield "finally"

print(list(try_else()))
g = try_else(); next(g); print(g.throw(KeyError), next(g))
