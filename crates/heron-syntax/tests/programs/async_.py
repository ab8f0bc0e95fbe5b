async def fetch(session, urls):
    results = [await session.get(u) for u in urls]
    async with session.lock() as lock:
        async for chunk in session.stream():
            results.append((chunk, lock))
    return results


async def agen(n):
    for i in range(n):
        yield i


async def acomp(source):
    return [x async for x in source]


def make_async_gen(source):
    return (x async for x in source)
