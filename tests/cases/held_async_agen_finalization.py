# Async generator finalization by asyncio.run (break in async for, suspended, gc), __aiter__ as async generator, asynccontextmanager/aclosing/AsyncExitStack.
import asyncio, gc

async def stream(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0)
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")
        await asyncio.sleep(0)
        print(name, "finally after await")

async def partial_consume():
    async for v in stream("a", 5):
        print(v)
        if v == "a1":
            break
    print("after break")

async def leave_suspended():
    g = stream("b", 5)
    print(await g.__anext__())
    return g

async def main():
    await partial_consume()
    global kept
    kept = await leave_suspended()
    g = stream("c", 5)
    print(await anext(g))
    del g
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("after run")

async def gen_with_return():
    yield 1
    return

async def agen_in_class():
    class Pager:
        def __init__(self, pages):
            self.pages = pages
        async def __aiter__(self):
            for p in self.pages:
                await asyncio.sleep(0)
                yield p
    async for p in Pager(["p1", "p2"]):
        print(p)
    print([p async for p in Pager("xyz")])

asyncio.run(agen_in_class())

from contextlib import asynccontextmanager, aclosing, AsyncExitStack

@asynccontextmanager
async def conn(name):
    print("open", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("conn saw", e)
        raise
    finally:
        print("close", name)

async def main3():
    async with conn("db") as c:
        print("using", c)
    try:
        async with conn("db2") as c:
            raise ValueError("query failed")
    except ValueError:
        print("propagated")
    async with aclosing(stream("d", 3)) as s:
        async for v in s:
            print(v)
            break
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(conn("s1"))
        b = await stack.enter_async_context(conn("s2"))
        stack.push_async_callback(cb, "pushed")
        print(a, b)

async def cb(x):
    print("callback", x)

asyncio.run(main3())
