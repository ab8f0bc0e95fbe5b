# Async generator aclose(): early break from async for then aclose, finally blocks, aclose on unstarted/finished/closed gens, GeneratorExit caught, aclose raising another exception.
import asyncio


async def counter(n, log):
    try:
        for i in range(n):
            log.append(f"yield {i}")
            yield i
            await asyncio.sleep(0)
        log.append("exhausted")
    finally:
        log.append("finally")


async def nested_finally():
    try:
        try:
            yield "deep"
            yield "never"
        finally:
            print("  inner finally")
            await asyncio.sleep(0)
            print("  inner finally after await")
    finally:
        print("  outer finally")


async def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print("  caught GeneratorExit", type(e).__name__, e.args)
        await asyncio.sleep(0)
        return


async def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during aclose")


async def finally_raises():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


async def broad_except():
    try:
        yield 1
    except Exception:
        print("  should not catch GeneratorExit")
    finally:
        print("  broad finally")


async def main():
    log = []
    ag = counter(10, log)
    async for v in ag:
        print("got", v)
        if v == 2:
            break
    print("after break, log:", log)
    print("ag_frame is None:", ag.ag_frame is None)
    r = await ag.aclose()
    print("aclose returned", r)
    print("after aclose, log:", log)
    print("ag_frame is None:", ag.ag_frame is None)
    # anext after aclose
    try:
        await ag.__anext__()
    except StopAsyncIteration as e:
        print("anext after aclose: StopAsyncIteration", e.args)
    # second aclose is a no-op
    print("second aclose:", await ag.aclose())

    # aclose on an unstarted generator: body never runs
    log = []
    ag = counter(3, log)
    print("aclose unstarted:", await ag.aclose(), log)
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("unstarted+closed -> StopAsyncIteration")
    print("anext default on closed:", await anext(ag, "dflt"))

    # aclose on a finished generator
    log = []
    ag = counter(2, log)
    print("collected:", [v async for v in ag])
    print("log:", log)
    print("aclose finished:", await ag.aclose())

    # nested finally blocks with awaits inside them
    ag = nested_finally()
    print(await ag.__anext__())
    await ag.aclose()
    print("nested closed")

    # catching GeneratorExit and returning is fine
    ag = catches_exit()
    print(await anext(ag))
    print("aclose after catch-return:", await ag.aclose())

    # raising another exception during aclose propagates it
    ag = raises_other()
    await anext(ag)
    try:
        await ag.aclose()
    except ValueError as e:
        print("ValueError:", e, "| context:", type(e.__context__).__name__)
    print("closed:", ag.ag_frame is None)

    ag = finally_raises()
    await anext(ag)
    try:
        await ag.aclose()
    except KeyError as e:
        print("KeyError:", e, "| context:", type(e.__context__).__name__)

    # except Exception does not catch GeneratorExit
    ag = broad_except()
    await anext(ag)
    await ag.aclose()

    # break out of nested async for loops; each generator closed explicitly
    outer_log, inner_log = [], []
    outer = counter(3, outer_log)
    try:
        async for a in outer:
            inner = counter(3, inner_log)
            try:
                async for b in inner:
                    if b == 1:
                        break
                    print("pair", a, b)
            finally:
                await inner.aclose()
            if a == 1:
                break
    finally:
        await outer.aclose()
    print("outer log:", outer_log)
    print("inner log:", inner_log)

    # the aclose() awaitable is a distinct object each call
    ag = counter(1, [])
    c1 = ag.aclose()
    c2 = ag.aclose()
    print("distinct aclose awaitables:", c1 is not c2, type(c1).__name__)
    await c1
    await c2

    # exception in the async for body: generator is not closed automatically
    log = []
    ag = counter(5, log)
    try:
        async for v in ag:
            if v == 1:
                raise RuntimeError("body failed")
    except RuntimeError as e:
        print("body error:", e, "| log:", log)
    print("still open:", ag.ag_frame is not None)
    await ag.aclose()
    print("log after aclose:", log)


asyncio.run(main())
