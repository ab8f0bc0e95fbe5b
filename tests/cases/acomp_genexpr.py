# Async generator expressions: laziness, consumption with async for / anext / comprehensions, await inside them, eager evaluation of the first iterable, __name__ '<genexpr>', asend/aclose on them, async genexprs created in sync code, chaining into pipelines.
import asyncio
import inspect


async def source(n, log):
    for i in range(n):
        log.append(f"produce {i}")
        await asyncio.sleep(0)
        yield i
    log.append("source done")


async def slow_square(x):
    await asyncio.sleep(0)
    return x * x


def make_genexpr(agen):
    # an async generator expression inside a plain function
    return (v * 100 async for v in agen)


class Counter:
    def __init__(self):
        self.evaluated = 0

    def __aiter__(self):
        self.evaluated += 1
        return source(3, [])


async def main():
    log = []
    ge = (x + 1 async for x in source(4, log))
    print(type(ge).__name__, ge.__name__, ge.__qualname__, repr(ge).split(" at ")[0])
    print("isasyncgen:", inspect.isasyncgen(ge))
    print("nothing produced yet:", log)
    print(await anext(ge))
    print("after one anext:", log)
    async for v in ge:
        print("loop got", v)
        if v == 3:
            break
    print("log:", log)
    print(await ge.asend(None))
    try:
        await anext(ge)
    except StopAsyncIteration:
        print("genexpr exhausted")
    print("log:", log)

    # await inside a generator expression makes it an async generator expression
    sq = (await slow_square(x) for x in range(4))
    print(type(sq).__name__, [v async for v in sq])
    sq2 = (await slow_square(x) async for x in source(3, []) if await slow_square(x) != 1)
    print([v async for v in sq2])

    # the outermost iterable is evaluated (and __aiter__ called) immediately
    c = Counter()
    ge = (v async for v in c)
    print("__aiter__ called at creation:", c.evaluated)
    print([v async for v in ge])
    try:
        (v async for v in 5)
    except TypeError as e:
        print("TypeError at creation:", e)
    # but inner iterables only when reached
    try:
        ge = (a async for a in source(2, []) async for b in None)
        print("created with a bad inner iterable")
        await anext(ge)
    except TypeError as e:
        print("TypeError when consumed:", e)

    # created in sync code, consumed here
    ge = make_genexpr(source(3, []))
    print(ge.__qualname__, [v async for v in ge])

    # pipeline of async genexprs
    log = []
    stage1 = (x async for x in source(6, log))
    stage2 = (x * 2 async for x in stage1 if x % 2)
    stage3 = (f"<{x}>" async for x in stage2)
    print("pipeline built, log:", log)
    print([s async for s in stage3])
    print("log length:", len(log))

    # aclose on a partially consumed genexpr closes only the genexpr, not the generator it iterates
    log = []
    src = source(5, log)
    ge = (x async for x in src)
    print(await anext(ge))
    await ge.aclose()
    print("genexpr closed:", ge.ag_frame is None, "| source closed:", src.ag_frame is None)
    print("source still works:", await anext(src))
    await src.aclose()

    # loop variables of a genexpr do not leak
    x = "unchanged"
    ge = (x async for x in source(2, []))
    print([v async for v in ge], x)

    # genexpr passed straight to a consumer
    async def consume(ait):
        return [v async for v in ait]
    print(await consume(v - 1 async for v in source(3, [])))

    # nested: async genexpr producing async genexprs
    outer = ((y async for y in source(x, [])) async for x in source(3, []))
    print([[v async for v in inner] async for inner in outer])

    # genexpr with a sync outer loop and an async inner loop
    ge = ((a, b) for a in "ab" async for b in source(2, []))
    print(type(ge).__name__, [p async for p in ge])

    # exception inside a genexpr propagates to the consumer
    ge = (1 / x async for x in source(3, []))
    try:
        print([v async for v in ge])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "| genexpr closed:", ge.ag_frame is None)

    # athrow into a suspended genexpr
    ge = (x async for x in source(3, []))
    await anext(ge)
    try:
        await ge.athrow(KeyError("into genexpr"))
    except KeyError as e:
        print("athrow propagated:", e)


asyncio.run(main())
