# Class-based awaitables via __await__ generators: yield from futures, chaining, retry, bare yield, future exceptions, bad yield inside a Task.
import asyncio

class Deferred:
    def __init__(self, value, delay=0):
        self.value = value
        self.delay = delay
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut
        return result * 2

class Chain:
    def __init__(self, *aws):
        self.aws = aws
    def __await__(self):
        out = []
        for a in self.aws:
            out.append((yield from a.__await__()))
        return out

class Retry:
    def __init__(self, factory, n):
        self.factory, self.n = factory, n
    def __await__(self):
        for i in range(self.n):
            try:
                return (yield from self.factory(i).__await__())
            except ValueError as e:
                print("retry after", e)
        raise RuntimeError("exhausted")

async def maybe_fail(i):
    await asyncio.sleep(0)
    if i < 2:
        raise ValueError(f"attempt {i}")
    return f"success {i}"

class BareYield:
    def __await__(self):
        yield

async def main():
    print(await Deferred(21))
    print(await Chain(Deferred(1), Deferred(2, 0.001), asyncio.sleep(0, "s")))
    print(await Retry(maybe_fail, 4))
    try:
        await Retry(maybe_fail, 2)
    except RuntimeError as e:
        print(e)
    print(await asyncio.gather(Deferred(5), Deferred(6)))
    t = asyncio.ensure_future(Deferred(7))
    print(type(t).__name__, await t)
    print(await asyncio.wait_for(Deferred(8), 1))
    await BareYield()
    print("bare yield ok")
    fut = asyncio.get_running_loop().create_future()
    async def setter():
        await asyncio.sleep(0)
        fut.set_exception(KeyError("via future"))
    asyncio.ensure_future(setter())
    try:
        await fut
    except KeyError as e:
        print("future exception", e)
    class YieldsGarbage:
        def __await__(self):
            yield "garbage"
    try:
        await asyncio.create_task(wrap(YieldsGarbage()))
    except RuntimeError as e:
        print("RuntimeError:", e)

async def wrap(aw):
    return await aw

asyncio.run(main())
