# uncaught exception from a coroutine driven by hand with send(): traceback frames through await must match
class Step:
    def __await__(self):
        yield "suspended"


async def inner(n):
    await Step()
    return 10 // n


async def outer(n):
    value = await inner(n)
    return value + 1


co = outer(5)
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("result", e.value)

co = outer(0)
print(co.send(None))
co.send(None)
