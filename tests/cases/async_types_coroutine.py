# types.coroutine generators (interpreted via exec and compiled) awaited from native coroutines
import asyncio
import inspect
import types


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if False:
            yield
        return self.value


# generator function defined by interpreted code (exec), decorated with types.coroutine
_ns = {}
exec("""
def legacy(n):
    yield
    return n * 3
""", _ns)
legacy = types.coroutine(_ns["legacy"])


def _legacy_plain(n):
    # not a generator function: returns an awaitable unchanged
    return Ready(n)
legacy_plain = types.coroutine(_legacy_plain)

print(inspect.isawaitable(legacy(1)))
print(inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))


async def main():
    print(await legacy(4))
    print(await legacy_plain(7))


asyncio.run(main())


# drive through a native coroutine by hand
async def uses_legacy():
    a = await legacy(1)
    b = await legacy(2)
    return a + b

c = uses_legacy()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
