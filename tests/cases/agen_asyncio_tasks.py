# Async generators with asyncio tasks: producers feeding a queue, several tasks consuming different generators concurrently via gather, cancelling a task suspended inside a generator's await (finally runs, CancelledError seen inside and outside), timeouts, events.
import asyncio


async def ticks(name, n, delay_steps=1):
    try:
        for i in range(n):
            for _ in range(delay_steps):
                await asyncio.sleep(0)
            yield f"{name}{i}"
    finally:
        print(f"  ticks({name}) finally")


async def producer(q, name, n):
    async for item in ticks(name, n):
        await q.put(item)
    await q.put(None)


async def consumer(q, producers):
    seen = []
    done = 0
    while done < producers:
        item = await q.get()
        if item is None:
            done += 1
            continue
        seen.append(item)
    return seen


async def from_queue(q):
    """An async generator draining a queue until a None sentinel."""
    while (item := await q.get()) is not None:
        yield item


async def collect(agen, tag, log):
    out = []
    async for v in agen:
        log.append(f"{tag}:{v}")
        out.append(v)
    return out


async def waits_forever(log, started):
    try:
        yield "first"
        log.append("before the long wait")
        started.set()
        await asyncio.sleep(3600)
        log.append("not reached")
        yield "second"
    except asyncio.CancelledError:
        log.append("generator saw CancelledError")
        raise
    finally:
        log.append("generator finally")


async def consume_waits_forever(log, started):
    ag = waits_forever(log, started)
    try:
        async for v in ag:
            log.append(f"got {v}")
    except asyncio.CancelledError:
        log.append("consumer saw CancelledError")
        raise
    finally:
        log.append(f"consumer finally, generator closed: {ag.ag_frame is None}")


async def main():
    # producers -> queue -> consumer
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, "a", 3), producer(q, "b", 2), consumer(q, 2))
    print("consumer saw:", sorted(results[2]), "| count:", len(results[2]))

    # a generator wrapping a queue, filled by a task
    q = asyncio.Queue()

    async def fill():
        for i in range(4):
            await q.put(i * i)
            await asyncio.sleep(0)
        await q.put(None)
    filler = asyncio.create_task(fill())
    print("from_queue:", [v async for v in from_queue(q)])
    await filler

    # several consumers of different generators concurrently: interleaving is deterministic
    log = []
    outs = await asyncio.gather(
        collect(ticks("x", 3), "X", log),
        collect(ticks("y", 2, delay_steps=2), "Y", log),
        collect(ticks("z", 1), "Z", log),
    )
    print("gather results:", outs)
    print("interleaving:", log)

    # cancelling a task that is suspended in the generator's await
    log = []
    started = asyncio.Event()
    task = asyncio.create_task(consume_waits_forever(log, started))
    await started.wait()
    print("task suspended inside the generator:", log)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
    print("cancelled:", task.cancelled())
    for entry in log:
        print("  ", entry)

    # cancellation with a message
    log = []
    started = asyncio.Event()
    task = asyncio.create_task(consume_waits_forever(log, started))
    await started.wait()
    task.cancel("stop now")
    try:
        await task
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)

    # timeout while iterating
    log = []
    started = asyncio.Event()
    try:
        await asyncio.wait_for(consume_waits_forever(log, started), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print("after timeout:", log)

    # a generator that catches the cancellation, cleans up with an await, and re-raises
    async def careful():
        try:
            yield 1
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            print("  careful: cleaning up")
            await asyncio.sleep(0)
            print("  careful: cleaned up")
            raise

    async def run_careful():
        async for _ in careful():
            pass

    task = asyncio.create_task(run_careful())
    for _ in range(3):
        await asyncio.sleep(0)
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("gather with return_exceptions:", [type(r).__name__ for r in results])

    # anext() with a default in a task, and as_completed over generator steps
    ag = ticks("w", 2)
    t1 = asyncio.create_task(anext(ag))
    print("anext task:", await t1)
    print("anext again:", await asyncio.create_task(anext(ag)))
    print("default:", await anext(ag, "exhausted"))

    # a generator shared by two tasks: the second __anext__ while the first is in flight fails
    async def slow():
        await asyncio.sleep(0.01)
        yield "only"
    ag = slow()
    results = await asyncio.gather(anext(ag), anext(ag), return_exceptions=True)
    print([r if isinstance(r, str) else f"{type(r).__name__}: {r}" for r in results])


asyncio.run(main())
