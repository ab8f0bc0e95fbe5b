# Async generators that yield while being closed: "async generator ignored GeneratorExit" from aclose(), from a by-hand aclose().send/throw, and from athrow(GeneratorExit); what state the generator is left in.
import asyncio
import sys


def unraisable(u):
    print("unraisable:", repr(u.object).split(" at ")[0], type(u.exc_value).__name__, u.exc_value)


sys.unraisablehook = unraisable


async def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally start")
        yield 2
        print("  finally end (not reached through aclose)")


async def loops_forever():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("  ignoring GeneratorExit")


async def awaits_then_yields():
    try:
        yield 1
    except GeneratorExit:
        print("  cleanup awaiting")
        await asyncio.sleep(0)
        print("  cleanup yielding")
        yield "bad"


async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("  caught, returning")
        return


async def main():
    ag = yields_in_finally()
    print(await anext(ag))
    try:
        await ag.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("ag_frame is None:", ag.ag_frame is None, "ag_running:", ag.ag_running)
    # the generator is suspended at the yield inside finally; resuming it finishes the finally
    try:
        print("resumed:", await anext(ag))
    except GeneratorExit as e:
        print("GeneratorExit re-raised at the end of finally", repr(e))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print("ag_frame is None:", ag.ag_frame is None)

    # after an ignored aclose() the generator counts as closed in 3.11: a second aclose()
    # raises StopAsyncIteration, yet anext() still resumes the body
    ag = loops_forever()
    print(await anext(ag))
    for _ in range(2):
        try:
            await ag.aclose()
        except (RuntimeError, StopAsyncIteration) as e:
            print(type(e).__name__, e)
    try:
        print("anext:", await anext(ag))
    except StopAsyncIteration:
        print("anext: StopAsyncIteration")
    try:
        await ag.athrow(ValueError("stop it"))
    except (ValueError, StopAsyncIteration) as e:
        print("athrow:", type(e).__name__, e, ag.ag_frame is None)
    print("frame still there:", ag.ag_frame is not None)

    ag = awaits_then_yields()
    print(await anext(ag))
    try:
        await ag.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await ag.aclose()  # the first aclose() marked it closed
    except StopAsyncIteration:
        print("second aclose: StopAsyncIteration")
    print("frame still there:", ag.ag_frame is not None)
    try:
        await anext(ag)
    except (GeneratorExit, StopAsyncIteration) as e:
        print("anext after the bad yield:", type(e).__name__)
    print("closed now:", ag.ag_frame is None)

    # athrow(GeneratorExit) is not aclose(): yielding is allowed and the value is returned
    ag = loops_forever()
    await anext(ag)
    print("athrow(GeneratorExit) returned", await ag.athrow(GeneratorExit))
    print("athrow(GeneratorExit()) returned", await ag.athrow(GeneratorExit()))
    try:
        await ag.athrow(KeyboardInterrupt)
    except KeyboardInterrupt:
        print("KeyboardInterrupt propagated")

    ag = catches_and_returns()
    await anext(ag)
    print("aclose:", await ag.aclose())


asyncio.run(main())


# aclose() driven by hand, no event loop: the RuntimeError comes out of send()
class Pause:
    def __await__(self):
        yield "paused"


async def pauses_in_cleanup():
    try:
        yield 1
    except GeneratorExit:
        await Pause()
        yield 2


ag = pauses_in_cleanup()
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print("first value", e.value)
c = ag.aclose()
print("send 1:", c.send(None))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw() into an aclose() awaitable
ag = pauses_in_cleanup()
try:
    ag.__anext__().send(None)
except StopIteration:
    pass
c = ag.aclose()
print("send:", c.send(None))
try:
    c.throw(OSError("thrown into aclose"))
except OSError as e:
    print("OSError:", e)
print("closed:", ag.ag_frame is None)
