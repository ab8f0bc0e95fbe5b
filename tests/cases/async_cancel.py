# cancellation: delivered at the right await, caught/re-raised, finally blocks, shield, cancelling gather
import asyncio


async def sleeper(name, n):
    try:
        for i in range(n):
            print(f"{name} step {i}")
            await asyncio.sleep(0)
        return name
    except asyncio.CancelledError as e:
        print(f"{name} cancelled at step {i}, args={e.args}")
        raise
    finally:
        print(f"{name} finally")


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallow caught cancel")
        return "swallowed"


async def cleanup_awaits():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup start")
        await asyncio.sleep(0)
        print("cleanup end")


async def main():
    t = asyncio.create_task(sleeper("A", 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError", t.cancelled(), t.done())
    print("cancel again", t.cancel())

    # cancel with message
    t = asyncio.create_task(sleeper("B", 10))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("msg args", e.args)

    # cancel before it starts
    t = asyncio.create_task(sleeper("C", 3))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("C cancelled before starting", t.cancelled())

    # cancellation swallowed -> task completes normally
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print("swallow result", await t, t.cancelled())

    # finally with awaits
    t = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cleanup task cancelled")

    # shield: outer cancelled, inner continues
    inner = asyncio.create_task(sleeper("S", 3))

    async def shielded():
        return await asyncio.shield(inner)

    outer = asyncio.create_task(shielded())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

    # cancelling a gather cancels its children
    g = asyncio.gather(sleeper("G1", 10), sleeper("G2", 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # a child cancelled inside gather with return_exceptions
    async def cancel_self():
        await asyncio.sleep(0)
        raise asyncio.CancelledError("self")

    res = await asyncio.gather(sleeper("R", 1), cancel_self(), return_exceptions=True)
    print([type(r).__name__ for r in res])

    # cancelling the awaiting task while it awaits another task cancels the inner one
    inner = asyncio.create_task(sleeper("I", 10))

    async def awaits_inner():
        try:
            await inner
        except asyncio.CancelledError:
            print("awaits_inner got cancel")
            raise

    outer = asyncio.create_task(awaits_inner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0)
    print("inner cancelled too", inner.cancelled())

    # uncancel / cancelling counters (3.11)
    async def counts():
        task = asyncio.current_task()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelling()", task.cancelling())
            task.uncancel()
            print("after uncancel", task.cancelling())
        return "recovered"

    t = asyncio.create_task(counts())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
