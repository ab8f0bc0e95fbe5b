# Async comprehensions: list/set/dict comps with async for, await in the element / condition / iterable, nested mixes of for and async for, closures over comprehension variables, scoping (loop variables do not leak), walrus binding to the enclosing scope.
import asyncio


async def arange(n, delay=True):
    for i in range(n):
        if delay:
            await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def letters(s):
    for ch in s:
        yield ch


async def main():
    print([x async for x in arange(5)])
    print({x % 3 async for x in arange(10)})
    print({x: x * x async for x in arange(4)})
    print(sorted({(k, v) for k, v in {x: str(x) async for x in arange(3)}.items()}))

    # await in the element, in the condition, both, and with async for
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(4)])
    print([x async for x in arange(8) if await is_even(x)])
    print([x for x in range(8) if await is_even(x)])
    print({await double(x): await is_even(x) for x in range(4)})
    print({await double(x) async for x in arange(5) if x != 2})

    # await in the first iterable (evaluated in the enclosing scope)
    async def get_list():
        await asyncio.sleep(0)
        return [3, 1, 2]
    print([x * 10 for x in await get_list()])
    print([x async for x in arange(await double(2))])

    # multiple conditions and several async for clauses
    print([x async for x in arange(20) if x % 2 if x % 3 if await is_even(x + 1)])
    print([(a, b) async for a in arange(3) async for b in arange(a)])
    # mixing sync and async for clauses in any order
    print([(a, b) for a in "xy" async for b in arange(2)])
    print([(a, b) async for a in arange(2) for b in "pq"])
    print([(a, b, c) async for a in arange(2) for b in range(2) async for c in letters("uv") if b == a])

    # nested comprehensions: an async comprehension inside another comprehension
    print([[y async for y in arange(x)] async for x in arange(4)])
    print([[y * x for y in range(3)] async for x in arange(3)])
    print({x: [c async for c in letters(s)] for x, s in enumerate(["ab", "", "cde"])})
    print([await asyncio.gather(*(double(i) for i in range(x))) async for x in arange(3)])

    # unpacking targets
    async def pairs():
        for i in range(3):
            yield i, chr(97 + i)
    print([f"{c}{i}" async for i, c in pairs()])
    print({c: i async for i, c in pairs()})
    print([(a, rest) async for a, *rest in letters_groups()])

    # scoping: comprehension variables do not leak, enclosing names are visible
    x = "outer x"
    factor = 3
    print([x * factor async for x in arange(3)])
    print("x after comprehension:", x)
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    # closures capture the comprehension's own variable (late binding in the comprehension scope)
    funcs = [lambda: x async for x in arange(3)]
    print([f() for f in funcs])
    funcs = [lambda x=x: x async for x in arange(3)]
    print([f() for f in funcs])
    # walrus binds in the enclosing function
    print([last := v async for v in arange(4)], last)
    total = 0
    print([total := total + v async for v in arange(5)], total)

    # the iterable of the first async for is evaluated once, before the comprehension runs
    calls = []
    def make(n):
        calls.append(n)
        return arange(n)
    print([v async for v in make(3)], calls)

    # empty results
    print([x async for x in arange(0)], {x async for x in arange(0)}, {x: x async for x in arange(0)})

    # comprehension inside a method, using self and super-free attribute access
    class Acc:
        def __init__(self):
            self.scale = 5

        async def scaled(self):
            return [v * self.scale async for v in arange(3)]
    print(await Acc().scaled())

    # async comprehension in a nested coroutine defined inside a comprehension-bearing function
    async def outer():
        inner_vals = [v async for v in arange(2)]

        async def inner():
            return [v + len(inner_vals) async for v in arange(3)]
        return await inner()
    print(await outer())

    # lambda returning an async comprehension's coroutine is not allowed, but an async def is
    async def build(n):
        return {i: [j async for j in arange(i)] for i in range(n)}
    print(await build(3))


async def letters_groups():
    yield "abc"
    yield "de"


asyncio.run(main())
