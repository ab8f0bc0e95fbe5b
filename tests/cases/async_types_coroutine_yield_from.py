# A generator made a coroutine by types.coroutine can `yield from` a native coroutine;
# a plain generator cannot.
import types
async def native():
    return 42
@types.coroutine
def wrapper():
    return (yield from native())
async def main():
    return await wrapper()
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
def plain():
    yield from native()
co = native()
try:
    next(plain.__call__()) if False else None
    g = plain()
    next(g)
except TypeError as e:
    print("TypeError:", e)
class Wrapper:
    def __init__(self, coro): self.coro = coro
    def __await__(self): return self.coro.__await__()
@types.coroutine
def anext_like(x):
    v = yield from x
    return v
async def main2():
    return await anext_like(native())
try:
    main2().send(None)
except StopIteration as e:
    print("result", e.value)
co.close()
