# types.coroutine applied to compiled generator functions: the function is kept and its __code__ gains CO_ITERABLE_COROUTINE, so its generators are awaitable from async def code (driven by send/throw and by asyncio); undecorated generators are not awaitable.
import asyncio
import inspect
import types

CO_ITERABLE_COROUTINE = inspect.CO_ITERABLE_COROUTINE


def legacy(n):
    got = yield ("step", n)
    return (n, got)


before = legacy.__code__
decorated = types.coroutine(legacy)
print("same function returned:", decorated is legacy)
print("code replaced:", legacy.__code__ is not before)
print("flag before:", bool(before.co_flags & CO_ITERABLE_COROUTINE))
print("flag after:", bool(legacy.__code__.co_flags & CO_ITERABLE_COROUTINE))
print("still a generator function:", inspect.isgeneratorfunction(legacy))
print("name and argcount kept:", legacy.__code__.co_name, legacy.__code__.co_argcount, legacy.__code__.co_varnames)


async def await_legacy():
    r = await legacy(5)
    return ("awaited", r)


c = await_legacy()
print("first send:", c.send(None))
try:
    c.send("sent value")
except StopIteration as stop:
    print("result:", stop.value)

g = legacy(1)
print("generator awaitable:", inspect.isawaitable(g), type(g).__name__)
print("gi_code is the new code:", g.gi_code is legacy.__code__, g.gi_code is before)
g.close()


async def native():
    return "native"


print("coroutine function returned unchanged:", types.coroutine(native) is native)


# undecorated generators are not awaitable
def plain():
    yield "plain"


async def await_plain():
    return await plain()


c = await_plain()
try:
    c.send(None)
except TypeError as e:
    print("plain generator:", e)


# decorated generators delegating to each other with yield from
@types.coroutine
def inner_step(x):
    y = yield ("inner", x)
    return x + y


@types.coroutine
def outer_step():
    a = yield from inner_step(1)
    b = yield from inner_step(a)
    return [a, b]


async def await_outer():
    return await outer_step()


c = await_outer()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as stop:
    print("nested result:", stop.value)


# with asyncio: a bare yield gives the event loop a turn
order = []


@types.coroutine
def pause(tag):
    order.append(tag + " before")
    yield
    order.append(tag + " after bare yield")
    yield
    order.append(tag + " after second yield")
    return tag.upper()


async def task(tag):
    return await pause(tag)


async def main():
    results = await asyncio.gather(task("a"), task("b"))
    print("gathered:", results)
    t = asyncio.ensure_future(pause("direct"))
    print("ensure_future of the generator:", await t)


asyncio.run(main())
for line in order:
    print("  ", line)


# closures, defaults and keyword-only arguments survive the code replacement
def make(prefix):
    @types.coroutine
    def step(*, times=2):
        acc = []
        for i in range(times):
            v = yield "%s%d" % (prefix, i)
            acc.append(v)
        return acc
    return step


step = make("p")
print("closure kept:", step.__code__.co_freevars, step.__closure__[0].cell_contents)
print("kwdefaults kept:", step.__kwdefaults__)


async def drive_step():
    return await step(times=3)


c = drive_step()
print(c.send(None))
print(c.send("x"))
print(c.send("y"))
try:
    c.send("z")
except StopIteration as stop:
    print("collected:", stop.value)


# methods
class Resource:
    def __init__(self, name):
        self.name = name

    @types.coroutine
    def acquire(self):
        yield
        return "acquired " + self.name


async def use():
    r = Resource("db")
    return await r.acquire()


print(asyncio.run(use()))


# exceptions pass through the awaited generator in both directions
@types.coroutine
def fragile():
    try:
        yield "waiting"
    except KeyError as e:
        return "generator caught %r" % (e,)
    raise RuntimeError("not thrown")


async def throw_into():
    return await fragile()


c = throw_into()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as stop:
    print(stop.value)


@types.coroutine
def failing():
    yield
    raise ValueError("from the generator")


async def catch_failing():
    try:
        await failing()
    except ValueError as e:
        return "caught in the coroutine: %s" % e


print(asyncio.run(catch_failing()))


# types.coroutine on a non-generator function wraps it instead
def returns_awaitable():
    return asyncio.sleep(0, result="wrapped result")


wrapped = types.coroutine(returns_awaitable)
print("non-generator is wrapped:", wrapped is not returns_awaitable, wrapped.__name__)


async def use_wrapped():
    return await wrapped()


print(asyncio.run(use_wrapped()))
