# timeouts: asyncio.wait_for timing out or not, asyncio.timeout / timeout_at context managers (3.11)
import asyncio


async def slow(tag):
    try:
        await asyncio.sleep(1)
        return tag
    except asyncio.CancelledError:
        print(f"{tag}: cancelled by timeout")
        raise
    finally:
        print(f"{tag}: finally")


async def fast(v):
    await asyncio.sleep(0)
    return v


async def main():
    print(await asyncio.wait_for(fast(1), timeout=1))
    print(await asyncio.wait_for(fast(2), timeout=None))
    try:
        await asyncio.wait_for(slow("w1"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)

    # timeout of zero on something already done
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))

    # asyncio.timeout context manager
    try:
        async with asyncio.timeout(0.01) as cm:
            print("expired before?", cm.expired())
            await slow("t1")
    except TimeoutError:
        print("timeout cm raised TimeoutError; expired:", cm.expired())

    async with asyncio.timeout(1) as cm:
        r = await fast("in time")
    print(r, cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        await fast(0)

    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await slow("t2")
    except TimeoutError:
        print("rescheduled timeout fired")

    # timeout_at
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await slow("t3")
    except TimeoutError as e:
        print("timeout_at fired", type(e.__cause__).__name__)

    # catching the inner CancelledError and suppressing it prevents TimeoutError
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner swallowed the cancel")
    print("after swallowed cm, expired:", cm.expired())

    # nested timeouts: the inner, shorter one fires
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout fired")
            print("still inside outer")
    except TimeoutError:
        print("outer fired (unexpected)")

    # exception other than cancel propagates unchanged through timeout
    try:
        async with asyncio.timeout(1):
            await fast(0)
            raise ValueError("inside timeout")
    except ValueError as e:
        print("ValueError", e)

    # wait_for on a task: the task is cancelled
    t = asyncio.create_task(slow("w2"))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
