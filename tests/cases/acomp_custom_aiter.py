# Async comprehensions and async generators over hand-written async iterators: __aiter__/__anext__ classes, __anext__ returning plain awaitables, protocol errors (messages), StopAsyncIteration subclasses, iterators that also yield to the event loop.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start
        self.log = []

    def __aiter__(self):
        self.log.append("aiter")
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            self.log.append("stop")
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if False:
            yield
        return self.value


class PlainAnext:
    """__anext__ is a plain method returning an awaitable object."""

    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Ready(self.items.pop(0))


class FutureAnext:
    """__anext__ returns an asyncio future resolved later by the loop."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    def __anext__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        if self.i >= self.n:
            loop.call_soon(fut.set_exception, StopAsyncIteration())
        else:
            loop.call_soon(fut.set_result, f"f{self.i}")
        self.i += 1
        return fut


class Done(StopAsyncIteration):
    pass


class StopsWithSubclass:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise Done("subclass")
        return self.i


class SeparateIterators:
    def __aiter__(self):
        return Countdown(2)


class AiterNotIterator:
    def __aiter__(self):
        return 42


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class NoAiter:
    async def __anext__(self):
        return 1


class SyncOnly:
    def __iter__(self):
        return iter([1, 2])


class AnextRaises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise OSError("device gone")


class GenAiter:
    """__aiter__ is itself an async generator function."""

    def __init__(self, words):
        self.words = words

    async def __aiter__(self):
        for w in self.words:
            await asyncio.sleep(0)
            yield w.upper()


async def wrap(ait):
    """An async generator re-yielding from a hand-written iterator."""
    async for v in ait:
        yield v


async def main():
    c = Countdown(3)
    print([v async for v in c], c.log)
    print({v async for v in Countdown(4)})
    print({v: -v async for v in Countdown(2)})
    print([v async for v in PlainAnext("xyz")])
    print([v async for v in FutureAnext(3)])
    print([v async for v in StopsWithSubclass()])
    s = SeparateIterators()
    print([(a, b) async for a in s async for b in s])
    print([v async for v in wrap(Countdown(3))])
    print([v * 2 async for v in wrap(PlainAnext([1, 2]))])

    g = GenAiter(["ab", "cd"])
    print([w async for w in g], [w + w async for w in g], type(aiter(g)).__name__)
    print({w: len(w) async for w in GenAiter(["x", "yy"])})

    # genexpr over a hand-written iterator
    ge = (v async for v in Countdown(2))
    print(type(ge).__name__, [v async for v in ge])

    # an exhausted hand-written iterator stays exhausted
    c = Countdown(1)
    print([v async for v in c], [v async for v in c], c.log)

    # protocol errors
    for bad in (AiterNotIterator(), AnextNotAwaitable(), NoAiter(), SyncOnly(), [1], None):
        try:
            print([v async for v in bad])
        except TypeError as e:
            print(type(bad).__name__, "TypeError:", e)
    try:
        print([v async for v in AnextRaises()])
    except OSError as e:
        print("OSError:", e)
    try:
        print([v async for v in wrap(AnextNotAwaitable())])
    except TypeError as e:
        print("through a generator, TypeError:", e)

    # aiter()/anext() builtins on hand-written iterators inside comprehensions
    it = aiter(Countdown(3))
    print([await anext(it) for _ in range(3)], await anext(it, "end"))

    # nested: hand-written iterator produced per outer element
    print([[v async for v in Countdown(n)] for n in range(3)])

    # concurrently consumed by two comprehensions through gather
    async def collect(n):
        return [v async for v in Countdown(n)]
    print(await asyncio.gather(collect(2), collect(3), collect(0)))


asyncio.run(main())
