# tasks: create_task, gather (with return_exceptions), wait, as_completed, results/exceptions, names
import asyncio

log = []


async def worker(name, steps, result=None, exc=None):
    for i in range(steps):
        log.append(f"{name}:{i}")
        await asyncio.sleep(0)
    if exc is not None:
        raise exc
    return result if result is not None else name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 2), name="task-a")
    t2 = asyncio.create_task(worker("b", 1))
    t2.set_name("task-b")
    print(t1.get_name(), t2.get_name(), t1.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result(), t2.cancelled())
    print(log)
    log.clear()

    res = await asyncio.gather(worker("x", 3), worker("y", 1), worker("z", 2))
    print("gather", res)
    print(log)
    log.clear()

    res = await asyncio.gather(
        worker("p", 1),
        worker("q", 2, exc=ValueError("q failed")),
        worker("r", 0, result=99),
        return_exceptions=True,
    )
    print("gather re", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(repr(res[1]))

    try:
        await asyncio.gather(worker("s", 1), worker("t", 0, exc=KeyError("t")))
    except KeyError as e:
        print("gather raised KeyError", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.clear()

    print(await asyncio.gather())

    # task exception
    t = asyncio.create_task(worker("e", 1, exc=RuntimeError("boom")))
    try:
        await t
    except RuntimeError as e:
        print("awaited task raised", e)
    print(t.done(), type(t.exception()).__name__, t.exception())
    try:
        t.result()
    except RuntimeError as e:
        print("result() raised", e)

    # wait
    tasks = [asyncio.create_task(worker(f"w{i}", i), name=f"w{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.get_name() for t in done), pending)
    print(sorted(t.result() for t in done))

    tasks = [
        asyncio.create_task(asyncio.sleep(0.03), name="f0"),
        asyncio.create_task(worker("f1", 1, exc=ValueError(1)), name="f1"),
        asyncio.create_task(worker("f2", 0), name="f2"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(asyncio.sleep(d / 100, result=d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", [t.result() for t in done], len(pending))
    await asyncio.wait(pending)

    # as_completed with distinct sleeps gives a deterministic order
    out = []
    for fut in asyncio.as_completed([asyncio.sleep(d / 100, result=d) for d in (4, 1, 3, 2)]):
        out.append(await fut)
    print("as_completed", out)

    # current_task / all_tasks
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())

    # done callbacks
    t = asyncio.create_task(worker("cb", 1))
    t.add_done_callback(lambda fut: print("callback saw", fut.result()))
    await t
    await asyncio.sleep(0)

    # task awaiting another task that is still pending
    async def waiter(other):
        v = await other
        return v + "!"
    inner = asyncio.create_task(worker("inner", 2))
    outer = asyncio.create_task(waiter(inner))
    print(await outer)
    print(type(inner).__name__, isinstance(inner, asyncio.Future))
    log.clear()

    # ensure_future / run_until_complete-like behaviour
    f = asyncio.ensure_future(worker("ef", 0))
    print(type(f).__name__, await f)
    return "main done"


print(asyncio.run(main()))
