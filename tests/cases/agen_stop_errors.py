# StopAsyncIteration / StopIteration escaping an async generator body become RuntimeError (message and __cause__), also via athrow() and from awaited coroutines; return inside an async generator.
import asyncio


def describe(e):
    cause = e.__cause__
    return f"{type(e).__name__}: {e} | cause: {type(cause).__name__}{cause.args if cause else ''}"


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("explicit")


async def raises_stop_iteration():
    yield 1
    raise StopIteration("sync stop")


async def raises_subclass():
    class MyStop(StopAsyncIteration):
        pass
    yield 1
    raise MyStop("sub")


async def next_on_empty():
    yield 1
    next(iter([]))


async def anext_on_exhausted():
    async def empty():
        return
        yield
    yield 1
    await anext(empty())


async def awaited_coro_raises_stop():
    async def helper():
        raise StopIteration("from helper coroutine")
    yield 1
    await helper()


async def catches_its_own():
    try:
        raise StopAsyncIteration("caught inside")
    except StopAsyncIteration as e:
        yield f"caught: {e}"
    try:
        next(iter(()))
    except StopIteration:
        yield "caught StopIteration"


async def rethrow_target():
    try:
        yield 1
    except ValueError:
        raise StopAsyncIteration("from athrow handler")


async def returns_early(flag):
    yield "start"
    if flag:
        return
    yield "not reached"


async def main():
    for fn in (raises_stop_async, raises_stop_iteration, raises_subclass, next_on_empty,
               anext_on_exhausted, awaited_coro_raises_stop):
        ag = fn()
        print(fn.__name__, await anext(ag))
        try:
            await anext(ag)
        except RuntimeError as e:
            print("  ", describe(e))
            print("   context is cause:", e.__context__ is e.__cause__)
        except StopAsyncIteration:
            print("   StopAsyncIteration leaked")
        print("   closed:", ag.ag_frame is None)

    # the same through async for: the loop sees RuntimeError, not a normal end
    try:
        async for v in raises_stop_async():
            print("loop value", v)
        print("loop ended normally")
    except RuntimeError as e:
        print("async for:", describe(e))

    # in an async comprehension
    try:
        print([v async for v in raises_stop_iteration()])
    except RuntimeError as e:
        print("comprehension:", describe(e))

    print([v async for v in catches_its_own()])

    ag = rethrow_target()
    await anext(ag)
    try:
        await ag.athrow(ValueError)
    except RuntimeError as e:
        print("athrow:", describe(e))

    # athrow(StopAsyncIteration) into a generator that does not catch it
    ag = rethrow_target()
    await anext(ag)
    try:
        await ag.athrow(StopAsyncIteration("thrown in"))
    except RuntimeError as e:
        print("athrow StopAsyncIteration:", describe(e))
    except StopAsyncIteration:
        print("athrow StopAsyncIteration leaked")

    ag = rethrow_target()
    await anext(ag)
    try:
        await ag.athrow(StopIteration("thrown in"))
    except RuntimeError as e:
        print("athrow StopIteration:", describe(e))

    # a bare return ends iteration normally
    print([v async for v in returns_early(True)])
    print([v async for v in returns_early(False)])

    # __anext__ awaitable driven by hand: the RuntimeError comes out of send()
    ag = raises_stop_async()
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        print("hand value", e.value)
    try:
        ag.__anext__().send(None)
    except RuntimeError as e:
        print("hand:", describe(e))


asyncio.run(main())

try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("async def f():\n    yield from g()\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
