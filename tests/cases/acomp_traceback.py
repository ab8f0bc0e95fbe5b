# Exceptions inside async comprehensions: caught ones keep their traceback entries (<listcomp>/<setcomp>/<dictcomp>/<genexpr> frames, the async generator frame); the final uncaught one, from an awaited coroutine in a nested comprehension, prints the full traceback with exit status 1.
import asyncio
import traceback


async def numbers(n, fail_at=None):
    for i in range(n):
        await asyncio.sleep(0)
        if i == fail_at:
            raise LookupError(f"no number {i}")
        yield i


async def check(x):
    await asyncio.sleep(0)
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


async def main():
    # error inside the async iterator
    try:
        [x async for x in numbers(5, fail_at=2)]
    except LookupError as e:
        print("list:", e, frames(e))

    # error in an awaited coroutine in the element of a set comprehension
    try:
        {await check(x) async for x in numbers(5)}
    except ValueError as e:
        print("set:", e, frames(e))

    # error in the condition of a dict comprehension
    try:
        {x: x async for x in numbers(5) if await check(x)}
    except ValueError as e:
        print("dict:", e, frames(e))

    # error in an async generator expression
    try:
        ge = (10 // (x - 1) async for x in numbers(3))
        async for v in ge:
            print("ge value", v)
    except ZeroDivisionError as e:
        print("genexpr:", e, frames(e))

    # error in a sync for clause nested inside an async comprehension
    try:
        [y async for x in numbers(3) for y in range(x, -1, -1) if 1 // y]
    except ZeroDivisionError as e:
        print("nested:", e, frames(e))

    # errors in the first iterable happen before the comprehension frame exists
    try:
        [x async for x in None]
    except TypeError as e:
        print("iterable:", e, frames(e))

    # the comprehension's exception is chained to one being handled
    try:
        try:
            raise KeyError("outer")
        except KeyError:
            [x async for x in numbers(3, fail_at=1)]
    except LookupError as e:
        print("context:", repr(e.__context__), "| message:", e)

    # a comprehension spread over several lines
    try:
        result = [
            await check(x)
            async for x in numbers(
                5,
            )
            if x >= 0
        ]
    except ValueError as e:
        print("multiline:", frames(e))
    try:
        result = {
            x:
            x
            async for x in numbers(
                4, fail_at=3)
        }
    except LookupError as e:
        print("multiline dict:", frames(e))

    print("now the uncaught one")
    table = {name: [await check(v) async for v in numbers(n)] for name, n in [("a", 2), ("b", 5)]}
    print("not reached", table)


asyncio.run(main())
