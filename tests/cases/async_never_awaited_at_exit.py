# a never-awaited coroutine alive at exit warns as CPython does during shutdown
async def coro():
    pass

c = coro()
