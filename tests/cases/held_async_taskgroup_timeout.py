# asyncio.TaskGroup results/failures caught as ExceptionGroup, split(), body exception, asyncio.timeout/timeout(None), uncaught TaskGroup error traceback.
import asyncio

async def job(i, fail=None):
    await asyncio.sleep(i * 0.001)
    if fail:
        raise fail
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(i)) for i in range(4)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, ValueError("v1")))
            tg.create_task(job(300, TypeError("t2")))
            slow = tg.create_task(job(400))
    except ExceptionGroup as eg:
        print("EG:", eg.message, len(eg.exceptions))
        print(sorted(repr(e) for e in eg.exceptions))
        print(slow.cancelled())
        m, rest = eg.split(ValueError)
        print(m.exceptions if m else None, rest.exceptions if rest else None)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(0))
            raise KeyError("body")
    except KeyError as e:
        print("KeyError from body", e)
    except ExceptionGroup as eg:
        print("EG body", repr(eg), [repr(x) for x in eg.exceptions])
    try:
        async with asyncio.timeout(0.005):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await asyncio.sleep(0)
    print(cm.expired())
    try:
        async with asyncio.timeout(0.002) as cm2:
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("expired", cm2.expired())
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
    try:
        raise eg
    except ExceptionGroup as caught:
        print(repr(caught))
        print(caught.derive([KeyError(3)]).message)

asyncio.run(main())

async def uncaught():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(0, RuntimeError("boom")))

asyncio.run(uncaught())
