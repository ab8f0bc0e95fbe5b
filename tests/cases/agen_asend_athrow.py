# Async generator asend()/athrow(): sent values, athrow caught inside then yielding again, athrow propagating out, athrow on unstarted/finished gens, __anext__ after exhaustion -> StopAsyncIteration.
import asyncio


async def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("  accumulator caught", repr(e))
            total = -1
            continue
        if v is None:
            print("  got None")
            continue
        await asyncio.sleep(0)
        total += v


async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == "stop":
                return
    finally:
        print("  echo finally, received", received)


async def one_shot():
    print("  one_shot started")
    yield "only"
    print("  one_shot resumed")


async def rethrows():
    try:
        yield 1
    except KeyError as e:
        print("  rethrows saw", repr(e))
        raise IndexError("converted") from e


async def main():
    acc = accumulator()
    # first asend must be None for an unstarted generator
    try:
        await acc.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    print(await acc.asend(None))
    print(await acc.asend(10))
    print(await acc.asend(32))
    print(await acc.__anext__())
    print(await acc.asend(1))
    # athrow caught inside; the generator yields again and that is athrow's result
    print("athrow result:", await acc.athrow(ValueError("bad value")))
    print(await acc.asend(3))
    # athrow with an exception type instead of an instance
    print("athrow type:", await acc.athrow(ValueError))
    # athrow propagating: the generator does not catch KeyError
    try:
        await acc.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated KeyError", e)
    print("closed after propagate:", acc.ag_frame is None)
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("asend after death: StopAsyncIteration")

    # asend until the generator returns
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    try:
        await e.asend("stop")
    except StopAsyncIteration as exc:
        print("StopAsyncIteration on return", exc.args)
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("__anext__ after exhaustion: StopAsyncIteration")
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("again: StopAsyncIteration")

    # athrow on an unstarted generator: raised immediately, body never runs
    g = one_shot()
    try:
        await g.athrow(RuntimeError("before start"))
    except RuntimeError as exc:
        print("athrow unstarted:", exc)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("unstarted after athrow is closed")

    # athrow on a finished generator: in 3.11 the awaitable just finishes with None
    g = one_shot()
    print([x async for x in g])
    try:
        print("athrow finished returns", await g.athrow(ZeroDivisionError("after finish")))
    except ZeroDivisionError as exc:
        print("athrow finished raised:", exc)

    # athrow with a traceback argument and a value
    g = rethrows()
    await anext(g)
    try:
        await g.athrow(KeyError, KeyError("explicit"), None)
    except IndexError as exc:
        print("IndexError:", exc, "| cause:", repr(exc.__cause__))

    # athrow with a non-exception
    g = rethrows()
    await anext(g)
    try:
        await g.athrow(42)
    except TypeError as exc:
        print("TypeError:", exc)
    await g.aclose()

    # asend with a value on a generator that yields from inside an await-heavy loop
    async def squares():
        n = 0
        while True:
            n = yield n * n
            await asyncio.sleep(0)
            if n is None:
                break
    s = squares()
    await s.asend(None)
    print([await s.asend(i) for i in range(5)])
    try:
        await s.asend(None)
    except StopAsyncIteration:
        print("squares done")

    # anext() builtin with default on exhaustion, and a generator raising inside
    async def boom():
        yield 1
        raise ArithmeticError("boom")
    b = boom()
    print(await anext(b, "d"))
    try:
        await anext(b, "d")
    except ArithmeticError as exc:
        print("anext propagates", exc)
    print(await anext(b, "d"))

    # ag_running is False between steps, ag_await is None when suspended at yield
    acc2 = accumulator()
    await acc2.asend(None)
    print("ag_running:", acc2.ag_running, "ag_await:", acc2.ag_await)
    await acc2.aclose()


asyncio.run(main())
