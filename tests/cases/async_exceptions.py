# exceptions through awaits: try/except/finally, __context__/__cause__, sys.exc_info across awaits, tracebacks
import asyncio
import sys
import traceback


class MyError(Exception):
    pass


async def fail(msg):
    await asyncio.sleep(0)
    raise MyError(msg)


async def level2(msg):
    try:
        return await fail(msg)
    finally:
        print("level2 finally")


async def level1(msg):
    try:
        await level2(msg)
    except MyError as e:
        print("level1 caught", e)
        raise ValueError("wrapped") from e


async def context_chain():
    try:
        await fail("first")
    except MyError:
        await asyncio.sleep(0)
        raise KeyError("second")


async def exc_info_across_awaits():
    try:
        raise MyError("active")
    except MyError:
        print("before await", sys.exc_info()[0].__name__)
        await asyncio.sleep(0)
        print("after await", sys.exc_info()[0].__name__, sys.exc_info()[1])
        await other_task_noise()
        print("after noise", sys.exc_info()[1])
    print("after handler", sys.exc_info())


async def other_task_noise():
    try:
        raise IndexError("noise")
    except IndexError:
        await asyncio.sleep(0)
        print("noise sees", sys.exc_info()[1])


async def interleaved(name, n):
    try:
        raise MyError(name)
    except MyError:
        for _ in range(n):
            await asyncio.sleep(0)
            print(name, "sees", sys.exc_info()[1])


async def finally_return():
    try:
        await fail("lost")
    finally:
        return "finally wins"


async def finally_overrides():
    try:
        await fail("original")
    finally:
        raise RuntimeError("from finally")


async def except_star_like():
    errors = []
    for i in range(3):
        try:
            if i % 2:
                await fail(f"odd {i}")
            else:
                await asyncio.sleep(0)
                raise ValueError(f"even {i}")
        except (MyError, ValueError) as e:
            errors.append(f"{type(e).__name__}:{e}")
    return errors


async def main():
    try:
        await level1("deep")
    except ValueError as e:
        print("main caught", e, "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
        tb = traceback.extract_tb(e.__cause__.__traceback__)
        print("cause frames", [f.name for f in tb])

    try:
        await context_chain()
    except KeyError as e:
        print("context:", repr(e.__context__), "cause:", e.__cause__)

    await exc_info_across_awaits()

    await asyncio.gather(interleaved("A", 2), interleaved("B", 2))
    print("main exc_info", sys.exc_info())

    print(await finally_return())
    try:
        await finally_overrides()
    except RuntimeError as e:
        print("finally_overrides", e, "context", repr(e.__context__))

    print(await except_star_like())

    # exception in a task, retrieved via gather
    t = asyncio.create_task(level1("in task"))
    try:
        await t
    except ValueError as e:
        print("task exception", e, type(e.__cause__).__name__)

    # exception groups from TaskGroup (3.11)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("tg1"))
            tg.create_task(fail("tg2"))
            tg.create_task(asyncio.sleep(0))
    except ExceptionGroup as eg:
        print("group got", type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))

    # StopIteration raised inside a coroutine becomes RuntimeError
    async def raises_stop():
        raise StopIteration("bad")
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RuntimeError:", e, "context", repr(e.__context__))

    # exception raised in a coroutine with a traceback naming its frames
    try:
        await level2("tb")
    except MyError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])


asyncio.run(main())
