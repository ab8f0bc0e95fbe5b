# custom awaitables: __await__ returning iterators/generators, bad __await__ results, non-awaitables
import asyncio
import types


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self._gen()

    def _gen(self):
        if False:
            yield
        return self.value


class IterAwait:
    """__await__ returns a plain iterator object (not a generator)."""

    def __await__(self):
        return iter([])


class YieldNone:
    def __await__(self):
        yield  # bare yield: asyncio treats None as "yield to loop"
        return "after one step"


class GenAwait:
    def __await__(self):
        x = yield from Ready(10).__await__()
        return x + 1


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        async def inner():
            return 1
        return inner()


async def native():
    return "native"


async def main():
    print(await Ready(5))
    print(await IterAwait())
    print(await YieldNone())
    print(await GenAwait())
    print(await asyncio.ensure_future(native()))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "future value")
    print(await fut)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await CoroAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await None
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1, 2]
    except TypeError as e:
        print("TypeError:", e)
    try:
        await native
    except TypeError as e:
        print("TypeError:", e)
    # __await__ set on the instance is ignored
    obj = Ready(1)
    plain = object.__new__(type("Plain", (), {}))
    plain.__await__ = lambda: iter([])
    try:
        await plain
    except TypeError as e:
        print("TypeError:", e)
    # exception raised from inside __await__
    class Raising:
        def __await__(self):
            raise KeyError("from __await__")
    try:
        await Raising()
    except KeyError as e:
        print("KeyError:", e)

    class RaisingGen:
        def __await__(self):
            yield
            raise ValueError("from generator")
    try:
        await RaisingGen()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

# a generator that is not decorated cannot be awaited
def plain_gen():
    yield

async def await_plain_gen():
    await plain_gen()

try:
    asyncio.run(await_plain_gen())
except TypeError as e:
    print("TypeError:", e)
