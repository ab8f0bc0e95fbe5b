# contextlib.asynccontextmanager over compiled async generators: normal exit, exception swallowed, exception propagating, re-raised as another type, AsyncExitStack nesting and unwinding order.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


@contextlib.asynccontextmanager
async def swallow(*types):
    try:
        yield "swallower"
    except types as e:
        print("  swallowed", type(e).__name__, e)


@contextlib.asynccontextmanager
async def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


@contextlib.asynccontextmanager
async def ignores_exception():
    try:
        yield
    except Exception:
        pass
    yield "again"


@contextlib.asynccontextmanager
async def stop_iteration_passthrough():
    yield


async def main():
    log = []
    async with resource("a", log) as v:
        print("inside", v, log)
    print("after", log)

    # exception propagating through the manager; finally runs
    log = []
    try:
        async with resource("b", log) as v:
            raise ValueError("inside b")
    except ValueError as e:
        print("propagated:", e, log)

    # exception swallowed by the manager
    async with swallow(ZeroDivisionError) as s:
        print("in", s)
        1 / 0
    print("continued after swallow")

    # not swallowed when the type does not match
    try:
        async with swallow(KeyError):
            raise TypeError("not a key error")
    except TypeError as e:
        print("not swallowed:", e)

    # re-raised as a different type with __cause__
    try:
        async with translate():
            {}["missing"]
    except LookupError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

    # generator that does not yield
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # generator that yields twice
    try:
        async with yields_twice() as v:
            print("first value", v)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # generator that swallows the exception then yields again
    try:
        async with ignores_exception():
            raise ValueError("x")
    except RuntimeError as e:
        print("RuntimeError:", e)

    # StopAsyncIteration raised in the body passes through unchanged
    try:
        async with stop_iteration_passthrough():
            raise StopAsyncIteration("body stop")
    except StopAsyncIteration as e:
        print("StopAsyncIteration passed through:", e)

    # as a decorator
    log = []

    @resource("deco", log)
    async def decorated(x):
        log.append(f"body {x}")
        return x * 2

    print("decorated returned", await decorated(21), log)

    # nested with AsyncExitStack: unwound in reverse order
    log = []
    async with contextlib.AsyncExitStack() as stack:
        values = [await stack.enter_async_context(resource(n, log)) for n in "xyz"]
        print("stack values", values)

        async def cb(tag):
            log.append(f"callback {tag}")

        stack.push_async_callback(cb, "pushed")
    print("stack log", log)

    # AsyncExitStack with an exception: inner manager swallows it, outer ones see a clean exit
    log = []
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(resource("outer", log))
        await stack.enter_async_context(swallow(ArithmeticError))
        await stack.enter_async_context(resource("inner", log))
        raise OverflowError("in stack")
    print("stack swallow log", log)

    # AsyncExitStack exception propagating through all managers
    log = []
    try:
        async with contextlib.AsyncExitStack() as stack:
            for n in "pq":
                await stack.enter_async_context(resource(n, log))
            raise IndexError("escapes")
    except IndexError as e:
        print("stack propagated", e, log)

    # pop_all transfers the managers
    log = []
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(resource("moved", log))
        moved = stack.pop_all()
    print("after first stack", log)
    await moved.aclose()
    print("after moved.aclose", log)

    # the manager's generator is a compiled async generator
    cm = resource("t", [])
    print(type(cm).__name__, type(cm.gen).__name__, cm.gen.__name__)
    await cm.gen.aclose()


asyncio.run(main())
