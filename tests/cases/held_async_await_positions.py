# await in every expression position: operands, displays, f-strings, subscripts/attributes targets, augmented assignment, match, assert, raise, walrus.
import asyncio

async def v(x):
    await asyncio.sleep(0)
    return x

class Obj:
    pass

async def main():
    a = await v(1) + await v(2)
    b = [await v(i) for i in range(3)]
    c = {await v("k"): await v("v")}
    d = f"{await v('f')}-{await v(3):>4}"
    e = (await v(True)) and (await v("and"))
    f = await v(0) or await v("or")
    g = await v(1) if await v(False) else await v(2)
    o = Obj()
    o.attr = await v("attr")
    lst = [0, 0]
    lst[await v(1)] = await v("idx")
    cnt = 10
    cnt += await v(5)
    t = (await v(1), *[await v(2)], *(await v([3, 4])))
    s = {await v(1), await v(1)}
    print(a, b, c, d, e, f, g, o.attr, lst, cnt, t, s)
    print(await v(await v(await v("nested"))))
    print(max(await v(3), await v(9), key=lambda q: -q))
    lam = lambda: v("lam")
    print(await lam())
    print(await (await v(v("double"))))
    print(-(await v(5)), not await v(0), await v(2) ** await v(3))
    x = [i async for i in agen(await v(3))]
    print(x)
    print(await v(1) == 1, await v("a") in "abc")
    match await v((1, 2)):
        case (p, q):
            print("match", p, q)
    assert await v(True), await v("msg")
    try:
        assert await v(False), await v("assert msg")
    except AssertionError as err:
        print("AssertionError", err)
    with open("/dev/null") as fh:
        print(await v("in with"))
    del lst[await v(0)]
    print(lst)
    print({k: await v(k * 2) for k in range(3)})
    print(sum([await v(i) for i in range(4)]))
    async def deflt(x=None):
        return x
    print(await deflt(x=await v("kw")))
    print(await asyncio.gather(*[v(i) for i in range(3)]))
    while await v(False):
        pass
    for i in await v([1, 2]):
        print("for", i)
    if (n := await v(10)) > 5:
        print("walrus", n)
    raise_it = False
    try:
        raise await v(ValueError("awaited exception"))
    except ValueError as err:
        print(err)

async def agen(n):
    for i in range(n):
        yield await v(i)

asyncio.run(main())
