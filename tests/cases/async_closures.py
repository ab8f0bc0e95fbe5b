# coroutines capturing variables, nonlocal across awaits, async methods/static/class methods, super() in async methods
import asyncio


def make_counter():
    count = 0

    async def bump(by):
        nonlocal count
        await asyncio.sleep(0)
        count += by
        return count

    def get():
        return count

    return bump, get


def make_adders():
    adders = []
    for i in range(3):
        async def add(x, i=i):
            await asyncio.sleep(0)
            return x + i
        adders.append(add)
    late = []
    for j in range(3):
        async def add_late(x):
            return x + j
        late.append(add_late)
    return adders, late


class Base:
    tag = "base"

    def __init__(self, v):
        self.v = v

    async def compute(self):
        await asyncio.sleep(0)
        return self.v * 2

    async def describe(self):
        return f"{self.tag}:{await self.compute()}"

    @staticmethod
    async def static_helper(a, b):
        await asyncio.sleep(0)
        return a * b

    @classmethod
    async def create(cls, v):
        await asyncio.sleep(0)
        return cls(v)


class Child(Base):
    tag = "child"

    async def compute(self):
        base = await super().compute()
        return base + 1

    @classmethod
    async def create(cls, v):
        obj = await super().create(v + 100)
        obj.extra = True
        return obj


class GrandChild(Child):
    async def compute(self):
        return -(await super().compute())


class WithCall:
    def __init__(self, k):
        self.k = k

    async def __call__(self, x):
        await asyncio.sleep(0)
        return x * self.k


class Prop:
    @property
    async def value(self):
        return "async property"


async def outer_coroutine(n):
    acc = []

    async def inner(k):
        acc.append(k)
        await asyncio.sleep(0)
        acc.append(-k)
        return len(acc)

    results = await asyncio.gather(*(inner(k) for k in range(1, n + 1)))
    return acc, results


async def main():
    bump, get = make_counter()
    print(await bump(2), await bump(3), get())
    print(await asyncio.gather(bump(1), bump(10)), get())

    adders, late = make_adders()
    out = []
    for a in adders:
        out.append(await a(10))
    print(out)
    out = []
    for a in late:
        out.append(await a(10))
    print(out)

    b = Base(5)
    c = Child(5)
    g = GrandChild(5)
    print(await b.describe(), await c.describe(), await g.describe())
    print(await Base.static_helper(3, 4), await c.static_helper(5, 6))
    obj = await Child.create(1)
    print(type(obj).__name__, obj.v, obj.extra)
    obj = await GrandChild.create(2)
    print(type(obj).__name__, obj.v, await obj.compute())
    base_obj = await Base.create(7)
    print(type(base_obj).__name__, base_obj.v)

    print(await WithCall(3)(7))
    print(await Prop().value)

    print(await outer_coroutine(3))

    # bound method coroutine objects
    m = c.compute
    co = m()
    print(co.__qualname__, await co)
    print(Child.compute.__qualname__, GrandChild.compute.__qualname__)

    # lambda returning coroutine
    f = lambda x: b.static_helper(x, x)
    print(await f(9))

    # default args evaluated at def time and closures over loop var in comprehension
    coros = [Base(i).compute() for i in range(4)]
    print(await asyncio.gather(*coros))

    # coroutine defined in a class body referencing class-level name via closure
    def factory(prefix):
        class K:
            async def hello(self, name):
                await asyncio.sleep(0)
                return f"{prefix} {name}"
        return K()

    print(await factory("hi").hello("there"))

    # recursion
    async def fact(n):
        if n <= 1:
            return 1
        return n * await fact(n - 1)
    print(await fact(20))

    # generator expressions inside coroutines (sync) referring to awaited locals
    vals = []
    for _ in range(2):
        vals.append(await bump(0))
    print(vals, sum(x for x in vals))


asyncio.run(main())
