# async for: custom async iterators, break/continue/else, exceptions in body, StopAsyncIteration, error messages
import asyncio


class ARange:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.i = 0
        self.fail_at = fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i == self.fail_at:
            raise ValueError(f"fail at {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


class Separate:
    """__aiter__ returns a different iterator object each time."""

    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return SeparateIter(self.items)


class SeparateIter:
    def __init__(self, items):
        self.it = iter(items)

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None


class AwaitableNext:
    """__anext__ is a plain method returning an awaitable."""

    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return Ready(self.n * 10)


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if False:
            yield
        return self.v


class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class SyncIterable:
    def __iter__(self):
        return iter([1, 2])


class StopWithValue:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration("payload")


async def main():
    async for i in ARange(3):
        print("i", i)

    async for i in ARange(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    else:
        print("else not reached")

    async for i in ARange(2):
        print("with else", i)
    else:
        print("else reached")

    async for i in ARange(0):
        print("never")
    else:
        print("empty else")

    try:
        async for i in ARange(5, fail_at=2):
            print("before failure", i)
    except ValueError as e:
        print("ValueError:", e)

    try:
        async for i in ARange(5):
            if i == 2:
                raise KeyError(i)
    except KeyError as e:
        print("body raised", e)

    s = Separate("abc")
    async for ch in s:
        async for ch2 in s:
            print(ch + ch2, end=" ")
    print()

    async for v in AwaitableNext():
        print("awaitable next", v)

    async for v in StopWithValue():
        print("never")
    else:
        print("StopAsyncIteration with value ended loop")

    # tuple unpacking targets and nested loops
    class Pairs(ARange):
        async def __anext__(self):
            v = await super().__anext__()
            return v, v * v

    total = 0
    async for a, b in Pairs(4):
        total += a + b
    print("total", total)

    # loop variable remains bound after loop
    async for last in ARange(3):
        pass
    print("last", last)

    # return from inside async for
    async def find(n):
        async for i in ARange(10):
            if i == n:
                return f"found {i}"
        return "not found"
    print(await find(4), await find(20))

    # errors
    for bad in (SyncIterable(), [1, 2], NoAnext(), BadAnext(), None):
        try:
            async for x in bad:
                print("not reached", x)
        except TypeError as e:
            print("TypeError:", e)

    # manual protocol
    it = ARange(2).__aiter__()
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("manual StopAsyncIteration")

    # aiter()/anext() builtins
    it = aiter(ARange(2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext exhausted")


asyncio.run(main())

try:
    compile("def f():\n    async for x in y:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
