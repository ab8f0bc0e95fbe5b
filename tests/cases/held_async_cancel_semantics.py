# Cancellation: timeout over TaskGroup, nested TaskGroups, wait with timeout/FIRST_EXCEPTION, wait_for, as_completed timeout, shield, gather cancel, uncancel.
import asyncio

async def slow(name, log, d=1):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def failing(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    log = []
    try:
        async with asyncio.timeout(0.005):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow("a", log))
                tg.create_task(slow("b", log))
    except TimeoutError:
        print("timeout over taskgroup", sorted(log))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("c", log))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(failing(0.001, ValueError("deep")))
                inner.create_task(slow("d", log))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(sorted(log))
    log.clear()
    done, pending = await asyncio.wait([asyncio.create_task(slow("e", log, 0)), asyncio.create_task(slow("f", log, 1))], timeout=0.05)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(sorted(log))
    log.clear()
    t = asyncio.create_task(slow("g", log))
    try:
        await asyncio.wait_for(t, 0.002)
    except asyncio.TimeoutError:
        print("wait_for timeout; task cancelled:", t.cancelled(), sorted(log))
    log.clear()
    done, pending = await asyncio.wait([asyncio.create_task(failing(0, KeyError("k"))), asyncio.create_task(slow("h", log))], return_when=asyncio.FIRST_EXCEPTION)
    print([repr(d.exception()) for d in done], len(pending))
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)
    try:
        for fut in asyncio.as_completed([slow("i", log, 1)], timeout=0.002):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timeout")
    await asyncio.sleep(0)
    inner_t = asyncio.create_task(failing(0.001, OSError("shielded fail")))
    try:
        await asyncio.shield(inner_t)
    except OSError as e:
        print("shield propagated", e)
    g = asyncio.gather(slow("j", log), slow("k", log))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log)[-4:])
    async def uncancel_demo():
        task = asyncio.current_task()
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelling count", task.cancelling())
            task.uncancel()
            print("after uncancel", task.cancelling())
            return "recovered"
    t = asyncio.create_task(uncancel_demo())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

asyncio.run(main())

async def main_fails():
    log = []
    asyncio.create_task(slow("orphan", log))
    await asyncio.sleep(0)
    raise SystemError("main fails")

try:
    asyncio.run(main_fails())
except SystemError as e:
    print("caught", e)
