# throw() into a coroutine whose awaited delegate is the running code
class Y:
    def __await__(self):
        yield "y"

async def inner():
    await Y()
    try:
        outer_coro.throw(ValueError("x"))
    except ValueError as e:
        print("caught:", e)
    return 5

async def outer():
    return await inner()

outer_coro = outer()
print(outer_coro.send(None))
try:
    outer_coro.send(None)
except StopIteration as e:
    print("result", e.value)
