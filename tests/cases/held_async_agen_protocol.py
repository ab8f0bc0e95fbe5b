# Async generator protocol edges: concurrent __anext__/aclose, reused awaitables, asend/athrow/aclose after close, ignored GeneratorExit, StopIteration inside.
import asyncio

async def slow_agen():
    for i in range(3):
        await asyncio.sleep(0.001)
        yield i

async def main():
    g = slow_agen()
    t1 = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t1)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose RuntimeError:", e)
    g = slow_agen()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose while running:", e)
    print(await t)
    await g.aclose()

    aw = slow_agen().__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("reuse:", e)

    async def agen_ret():
        yield 1
    g = agen_ret()
    aw = g.asend(None)
    print(aw.send(None) if False else await aw)
    try:
        await g.asend(None)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("again")

    async def catches():
        while True:
            try:
                yield "ready"
            except ValueError as e:
                yield f"got {e}"

    g = catches()
    print(await g.asend(None))
    print(await g.athrow(ValueError("v1")))
    print(await g.asend(None))
    print(await g.athrow(ValueError, ValueError("v2")))
    await g.aclose()
    print(await g.aclose())
    try:
        await g.athrow(ValueError("after close"))
    except ValueError as e:
        print("athrow after close raises", e)
    g = catches()
    print(await g.aclose())
    try:
        await g.asend("nonnone")
    except StopAsyncIteration:
        print("closed gen asend -> StopAsyncIteration")
    g2 = catches()
    try:
        await g2.asend("nonnone")
    except TypeError as e:
        print("TypeError:", e)
    print(g2.ag_await, g2.ag_running)

    async def awaits_inside():
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("awaited in finally")
    g = awaits_inside()
    await anext(g)
    await g.aclose()

    async def yield_in_finally():
        try:
            yield 1
        finally:
            yield 2
    g = yield_in_finally()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def stop_iter_inside():
        yield 1
        raise StopIteration("x")
    try:
        async for x in stop_iter_inside():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
