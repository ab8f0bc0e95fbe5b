# yield from chains with send values and return values, delegation to iterables, throw/close through delegation, return in finally.
def inner(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
    return total

def middle(n):
    r1 = yield from inner(n)
    r2 = yield from inner(n + 1)
    return r1 + r2

def outer():
    result = yield from middle(2)
    print("outer got", result)
    yield "end"
    return "outer-done"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(1))
print(g.send(2))
print(g.send(3))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def delegate_iter():
    yield from [1, 2, 3]
    yield from (x * 10 for x in range(3))
    yield from "ab"
    r = yield from iter(())
    print("r", r)
    yield from {"k": 1, "j": 2}

print(list(delegate_iter()))

class Boom(Exception):
    pass

def catcher():
    try:
        yield 1
    except Boom:
        print("caught Boom inside")
        yield 2
    finally:
        print("catcher finally")

def passer():
    try:
        yield from catcher()
    finally:
        print("passer finally")

p = passer()
print(next(p))
print(p.throw(Boom))
try:
    next(p)
except StopIteration:
    print("exhausted")

p = passer()
next(p)
p.close()

def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 42

g = gen_with_return_in_finally()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("swallowed", e.value)

def stopiter_value():
    yield from inner(0)
    return StopIteration(5)

try:
    next(stopiter_value())
except StopIteration as e:
    print(type(e.value).__name__, e.value.args)

def retnone():
    return (yield)

g = retnone()
next(g)
try:
    g.send((1, 2))
except StopIteration as e:
    print(e.value, e.args)
