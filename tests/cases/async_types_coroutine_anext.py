# Generators of a types.coroutine function are awaitable by CPython's own machinery
# (builtin anext, asyncio) but, like CPython's, have no __await__ attribute.
import types, asyncio, contextlib
class MyAsyncIterWithTypesCoro:
    def __init__(self):
        self.yielded = 0
    def __aiter__(self):
        return self
    @types.coroutine
    def __anext__(self):
        if False:
            yield "this is a generator-based coroutine"
        if self.yielded >= 2:
            raise StopAsyncIteration()
        else:
            self.yielded += 1
            return self.yielded
async def py_anext(iterator, default=None):
    try:
        __anext__ = type(iterator).__anext__
    except AttributeError:
        raise TypeError(f'{iterator!r} is not an async iterator')
    if default is None:
        return await __anext__(iterator)
    try:
        return await __anext__(iterator)
    except StopAsyncIteration:
        return default
for an in (py_anext, anext):
    g = MyAsyncIterWithTypesCoro()
    async def consume():
        results = []
        results.append(await an(g))
        results.append(await an(g))
        results.append(await an(g, 'buckle my shoe'))
        return results
    try:
        print(asyncio.run(consume()))
    except Exception as e:
        print(type(e), e)
    p = MyAsyncIterWithTypesCoro()
    obj = an(p, "completed")
    try:
        with contextlib.closing(obj.__await__()) as g:
            g.send(None)
    except StopIteration as e:
        print("stop", e.value)
    except Exception as e:
        print("err", type(e), e)
import inspect, collections.abc
def plain():
    yield 1
plain_gen = plain()
print(inspect.isawaitable(plain_gen), isinstance(plain_gen, collections.abc.Awaitable))
co = types.coroutine(plain)
after = plain()
print(inspect.isawaitable(after), isinstance(after, collections.abc.Awaitable))
print(isinstance(after, types.GeneratorType), inspect.isgenerator(after))
