# Driving asend/athrow/aclose awaitables by hand (send/throw/close, StopIteration.value, no event loop): reuse errors, "already running" errors, ag_running/ag_await at each point.

class Token:
    """An awaitable that hands a value to whoever drives the coroutine and returns what is sent back."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        reply = yield self.v
        return reply


class suspend:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        reply = yield ("suspend", self.v)
        return reply


def step(aw, value=None):
    """One send(); report either the suspension value or the StopIteration value."""
    try:
        out = aw.send(value)
    except StopIteration as e:
        return f"StopIteration({e.value!r})"
    except StopAsyncIteration as e:
        return f"StopAsyncIteration{e.args!r}"
    return f"suspended with {out!r}"


def throw(aw, exc):
    try:
        out = aw.throw(exc)
    except StopIteration as e:
        return f"StopIteration({e.value!r})"
    except BaseException as e:
        return f"raised {type(e).__name__}({', '.join(map(repr, e.args))})"
    return f"suspended with {out!r}"


def show(label, ag):
    aw = ag.ag_await
    desc = None if aw is None else type(aw).__name__
    print(f"  [{label}] ag_running={ag.ag_running} ag_await={desc}")


async def worker():
    print("  worker start, running:", gen.ag_running)
    x = await Token("t1")
    print("  worker got", x)
    y = yield f"first:{x}"
    print("  worker sent", y)
    z = await suspend("s1")
    print("  worker resumed with", z)
    try:
        w = yield "second"
    except ValueError as e:
        print("  worker caught", repr(e))
        w = await Token("after-catch")
        yield f"recovered:{w}"
    print("  worker ending")


gen = worker()
show("fresh", gen)
a1 = gen.asend(None)
print(type(a1).__name__)
print(step(a1))                  # suspended inside await Token("t1")
show("inside await", gen)
print(step(a1, "reply1"))        # reaches the yield
show("at yield", gen)
# the finished awaitable cannot be reused
try:
    a1.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

a2 = gen.asend("hello")
print(step(a2))                  # suspended inside await suspend("s1")
show("inside suspend", gen)
# a second __anext__ while the first is still in flight
a3 = gen.__anext__()
try:
    a3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    gen.athrow(ValueError).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(step(a2, "zzz"))           # reaches yield "second"
show("at second yield", gen)

# athrow driven by hand: ValueError caught, the generator awaits, then yields again
t = gen.athrow(ValueError("manual"))
print(type(t).__name__)
print(step(t))                   # suspended inside await Token("after-catch")
show("inside await after catch", gen)
print(step(t, "fixed"))

# throw() into an in-flight asend awaitable: the exception goes into the generator at its await
last = gen.asend(None)
print(step(last))                # "worker ending" then StopAsyncIteration
show("finished", gen)
print(gen.ag_frame is None)


async def awaiting():
    try:
        v = await Token("waiting")
        yield v
    except KeyError as e:
        print("  awaiting caught", repr(e))
        yield "handled"
    finally:
        print("  awaiting finally")


g = awaiting()
a = g.__anext__()
print(step(a))
show("awaiting Token", g)
print(throw(a, KeyError("thrown")))
show("after throw", g)
print(step(g.__anext__()))

# throw() an exception the generator does not handle: propagates out of throw()
g = awaiting()
a = g.__anext__()
print(step(a))
print(throw(a, OSError("unhandled")))
print(step(g.__anext__()))

# close() on an in-flight asend awaitable: the generator stays marked as running (3.11),
# so aclose() is refused; it is finalized at interpreter exit
g = awaiting()
a = g.__anext__()
print(step(a))
a.close()
print("after close, ag_running:", g.ag_running)
c = g.aclose()
print(type(c).__name__)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose() awaitable driven by hand with an await inside the finally block
async def slow_cleanup():
    try:
        yield 1
    finally:
        print("  cleanup awaiting")
        r = await Token("cleanup-token")
        print("  cleanup got", r)

g = slow_cleanup()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
show("in cleanup", g)
print(step(c, "done"))
show("after cleanup", g)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# sending a non-None value to a fresh asend awaitable
g = slow_cleanup()
a = g.__anext__()
try:
    a.send("x")
except TypeError as e:
    print("TypeError:", e)
print(step(g.aclose()))

# ag_running inside the body, observed through a global
async def observes():
    print("  observes: running =", obs.ag_running)
    yield obs.ag_running

obs = observes()
print(step(obs.__anext__()))
print(obs.ag_running)

# a generator that awaits a plain coroutine: ag_await is the coroutine
async def inner_coro():
    return await Token("from inner")

async def outer_gen():
    v = await inner_coro()
    yield v

g = outer_gen()
a = g.asend(None)
print(step(a))
show("awaiting coroutine", g)
print(step(a, "inner reply"))
print(step(g.asend(None)))

# 3.11 quirk: an athrow() awaitable that finished after a suspension is not marked closed,
# so sending into it again resumes the generator
async def quirk():
    try:
        yield 1
    except ValueError:
        r = await Token("quirk-token")
        yield r
    print("  quirk resumed")
    yield 3

g = quirk()
print(step(g.asend(None)))
t = g.athrow(ValueError)
print(step(t))
print(step(t, "x"))
print(step(t))
print(step(t))
# an athrow() that finished on its first send is closed
async def no_await():
    try:
        yield 1
    except ValueError:
        yield 2
    yield 3

g = no_await()
print(step(g.asend(None)))
t = g.athrow(ValueError)
print(step(t))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(step(g.asend(None)))
