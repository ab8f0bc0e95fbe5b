# coroutine basics: await chains, return values, coroutine object introspection, manual driving, reuse and close
import asyncio
import inspect
import collections.abc
import types


async def leaf(x):
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b


async def top():
    r = await middle(3)
    print("middle(3) =", r)
    total = 0
    for i in range(5):
        total += await leaf(i)
    print("total", total)
    return "done"


print(asyncio.run(top()))


class Holder:
    async def meth(self):
        return 1


c = leaf(5)
print(type(c).__name__)
print(c.cr_code.co_name)
print(c.__name__, c.__qualname__)
h = Holder().meth()
print(h.__name__, h.__qualname__)
h.close()
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(leaf), inspect.isawaitable(c))
print(inspect.iscoroutinefunction(Holder.meth), inspect.iscoroutinefunction(print))
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(leaf))
print(isinstance(c, collections.abc.Coroutine), isinstance(c, collections.abc.Awaitable))
print(isinstance(c, types.CoroutineType))
print(inspect.getcoroutinestate(c))

# drive by hand
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
print(inspect.getcoroutinestate(c))

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def no_return():
    pass

try:
    no_return().send(None)
except StopIteration as e:
    print("no_return value", e.value, e.args)


# reuse inside await
async def reuse():
    co = leaf(1)
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(reuse())


# a coroutine suspended on a yielding awaitable, then closed
class Yielder:
    def __await__(self):
        v = yield "first"
        print("got sent", v)
        v = yield "second"
        print("got sent", v)
        return "yielder-done"


async def suspended():
    try:
        print("before")
        r = await Yielder()
        print("result", r)
        await Yielder()
    finally:
        print("finally ran")


co = suspended()
print(co.send(None))
print(co.send("A"))
print(inspect.getcoroutinestate(co))
print(co.send("B"))
co.close()
print(inspect.getcoroutinestate(co))
co.close()  # closing again is fine

co = suspended()
print(co.send(None))
try:
    co.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)

# close of a never-started coroutine
co = suspended()
co.close()
print("closed unstarted", inspect.getcoroutinestate(co))
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# send non-None to just-started coroutine
co = leaf(1)
try:
    co.send(5)
except TypeError as e:
    print("TypeError:", e)
co.close()

# cr_await / cr_running / cr_frame
co = suspended()
print(co.cr_running, co.cr_await)
co.send(None)
print(type(co.cr_await).__name__ if co.cr_await is not None else None)
co.close()
print(co.cr_frame)
