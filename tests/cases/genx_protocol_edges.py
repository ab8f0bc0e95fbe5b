# Generator protocol edges: yield in expressions, send/throw/close, with-blocks, yield from delegation, already executing.
import contextlib
# generator already executing
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
# yield as expression in various places
def exprs():
    x = [(yield 1), (yield 2)]
    print("x", x)
    y = {"k": (yield 3)}
    print("y", y)
    z = f"{(yield 4)}-{(yield 5)}"
    print("z", z)
    w = (yield 6) + (yield 7)
    print("w", w)
    print((yield 8) if (yield 9) else (yield 10))
    d = dict(a=(yield 11))
    print(d)
    return "ret"
g = exprs()
v = next(g)
try:
    while True:
        print("yielded", v)
        v = g.send(v * 10)
except StopIteration as e:
    print("return", e.value)

# yield inside with; close runs __exit__
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
def withgen():
    with CM(1):
        with CM(2) as c:
            yield c.n
            yield c.n + 1
    yield "after"
g = withgen()
print(next(g)); g.close()
g = withgen()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(list(withgen()))
# suppressing cm in generator
def supp():
    with contextlib.suppress(ZeroDivisionError):
        yield 1
        1/0
        yield 2
    yield 3
print(list(supp()))
g = supp(); next(g); print(g.throw(ZeroDivisionError))
# closures shared between generator and nested functions
def shared():
    n = 0
    def inc():
        nonlocal n
        n += 1
    while n < 3:
        yield n, inc
        inc()
    yield "end", n
for v, f in shared():
    if callable(f): f()
    print(v, f if not callable(f) else '')
# generator as closure of a nested function that outlives
def maker():
    items = []
    def add(x): items.append(x)
    def gen():
        while items:
            yield items.pop(0)
    return add, gen
add, gen = maker()
add(1); add(2)
g = gen()
print(next(g)); add(3); print(list(g))
# del local across yield
def dels():
    a = 1
    yield a
    del a
    try:
        yield a
    except UnboundLocalError as e:
        yield "caught: " + str(e)
    yield "ok"
g = dels()
print(next(g))
print(next(g))


def dels_uncaught():
    a = 1
    yield a
    del a
    yield a


g = dels_uncaught()
print(next(g))
try:
    next(g)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# try/finally with return in generator
def fin():
    try:
        yield 1
        return 5
    finally:
        print("finally")
g = fin(); next(g)
try: next(g)
except StopIteration as e: print("ret", e.value)
# yield in finally during close
def yfin():
    try:
        yield 1
    finally:
        yield 2
g = yfin(); next(g)
try: g.close()
except RuntimeError as e: print("RuntimeError:", e)
try:
    print(next(g, "done"))
except GeneratorExit as e:
    print("GeneratorExit re-raised", repr(e))
# throw into unstarted generator
def unstarted():
    print("never")
    yield 1
g = unstarted()
try: g.throw(ValueError("x"))
except ValueError as e: print("unstarted throw", e)
print(next(g, "closed"))
# send non-None to unstarted
g = unstarted()
try: g.send(1)
except TypeError as e: print("TypeError:", e)
# close unstarted
g = unstarted(); g.close(); print(next(g, "closed2"))
# throw with traceback/type forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
g = catcher(); next(g)
g.throw(ValueError)
g.throw(ValueError, "msg")
g.throw(ValueError("inst"))
g.throw(KeyError, KeyError("k2"))
g.close()
# return value in yield from
def inner():
    yield 1
    return "inner-ret"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
# yield from throw delegation
def inner2():
    try:
        yield "i1"
    except ValueError:
        yield "inner handled"
    yield "i2"
def outer2():
    yield from inner2()
    yield "o"
g = outer2(); print(next(g)); print(g.throw(ValueError)); print(list(g))
# yield from close delegation
def inner3():
    try:
        yield 1
    finally:
        print("inner3 closed")
def outer3():
    try:
        yield from inner3()
    finally:
        print("outer3 closed")
g = outer3(); next(g); g.close()
# yield from send delegation
def echo():
    while True:
        x = yield
        if x is None: return "echo done"
        print("echo", x)
def outer4():
    r = yield from echo()
    print("outer4 got", r)
    yield "final"
g = outer4(); next(g); g.send(1); g.send("two"); print(g.send(None))
# recursion of generators
def perms(s):
    if len(s) <= 1:
        yield s; return
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i+1:]):
            yield c + p
print(list(perms("abc")))
def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n-1, a, c, b)
        yield (a, c)
        yield from hanoi(n-1, b, a, c)
print(len(list(hanoi(10, "A", "B", "C"))), list(hanoi(2, 1, 2, 3)))
