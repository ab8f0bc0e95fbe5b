# types.coroutine applied to a compiled generator function, awaited from a native coroutine.
import types


# decorating a compiled generator function
@types.coroutine
def compiled_legacy(n):
    v = yield "step"
    return (n, v)


async def uses_compiled():
    return await compiled_legacy(5)

c = uses_compiled()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("result", e.value)
