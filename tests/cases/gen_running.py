# gi_running and re-entrancy: gi_running is True only while the generator body executes, "generator already executing" ValueError for next/send/throw/close on itself, from nested calls, and through yield from.
import inspect

def watcher():
    print("inside, gi_running =", me.gi_running, inspect.getgeneratorstate(me))
    yield 1
    print("inside again, gi_running =", me.gi_running)
    yield 2

me = watcher()
print("before start:", me.gi_running)
print(next(me))
print("suspended:", me.gi_running)
print(next(me))
print("end:", list(me), me.gi_running)

def self_next():
    yield 1
    try:
        next(g)
    except ValueError as e:
        print("ValueError:", e)
    try:
        g.send(None)
    except ValueError as e:
        print("ValueError (send):", e)
    try:
        g.throw(KeyError("k"))
    except ValueError as e:
        print("ValueError (throw):", e)
    try:
        g.close()
    except ValueError as e:
        print("ValueError (close):", e)
    print("still running:", g.gi_running)
    yield 2

g = self_next()
print(list(g))

# re-entry via a helper function several frames deep
def helper(depth):
    if depth == 0:
        return next(h)
    return helper(depth - 1)

def reenters():
    yield "start"
    try:
        helper(3)
    except ValueError as e:
        print("deep re-entry:", e)
    yield "end"

h = reenters()
print(list(h))

# the error propagates if uncaught and finishes the generator
def uncaught_reentry():
    yield 1
    next(u)
    yield 2
u = uncaught_reentry()
print(next(u))
try:
    next(u)
except ValueError as e:
    print("propagated:", e)
print(inspect.getgeneratorstate(u), list(u))

# two generators calling each other: a -> b -> a re-enters a
def gen_a():
    yield "a1"
    yield next(gb)
    yield "a3"
def gen_b():
    yield "b1"
    try:
        yield next(ga)
    except ValueError as e:
        yield "b caught: " + str(e)
ga = gen_a()
gb = gen_b()
print(next(ga))
print(next(gb))
print(next(ga))
print(next(ga))

# through yield from: the delegating and the delegate are both running
def inner():
    print("inner: outer running =", o.gi_running, "inner running =", i.gi_running)
    try:
        next(o)
    except ValueError as e:
        print("inner re-entering outer:", e)
    try:
        next(i)
    except ValueError as e:
        print("inner re-entering itself:", e)
    yield "from inner"
def outer():
    yield from i
i = inner()
o = outer()
print(next(o))
print("after: outer running =", o.gi_running, "inner running =", i.gi_running)
print("outer gi_yieldfrom is inner:", o.gi_yieldfrom is i)

# next on a delegate that is being driven by yield from (outer suspended) is allowed
def inner2():
    yield 1
    yield 2
    yield 3
def outer2():
    r = yield from j
    yield "outer done"
j = inner2()
o2 = outer2()
print(next(o2))
print("direct next on delegate:", next(j))
print(next(o2))
print(next(o2))

# generator expressions also track running
def consume():
    return next(ge)
ge = (consume() for _ in range(2))
try:
    next(ge)
except ValueError as e:
    print("genexp:", e)

# gi_running is False after an exception ended the generator
def raiser():
    yield
    raise KeyError("x")
r = raiser()
next(r)
try:
    next(r)
except KeyError:
    pass
print("after exception:", r.gi_running, inspect.getgeneratorstate(r))
