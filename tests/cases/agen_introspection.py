# Introspection of compiled async generators: inspect predicates, collections.abc / types checks, names and qualnames, repr, ag_code / ag_frame / ag_running / ag_await, method and attribute types, flags, async generator methods in classes.
import asyncio
import collections.abc
import inspect
import types


async def agen(n):
    """Yields up to n."""
    for i in range(n):
        yield i


async def coro():
    return 1


def plain_gen():
    yield 1


class Container:
    async def items(self):
        yield "a"
        yield "b"

    @staticmethod
    async def static_items():
        yield "s"

    @classmethod
    async def class_items(cls):
        yield cls.__name__

    def make_inner(self):
        async def inner():
            yield self
        return inner


def strip(r):
    return r.split(" at ")[0]


ag = agen(2)
print("isasyncgen:", inspect.isasyncgen(ag), inspect.isasyncgen(coro), inspect.isasyncgen(plain_gen()))
print("isasyncgenfunction:", inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(coro),
      inspect.isasyncgenfunction(plain_gen), inspect.isasyncgenfunction(ag))
print("iscoroutinefunction:", inspect.iscoroutinefunction(agen))
print("isgeneratorfunction:", inspect.isgeneratorfunction(agen))
print("isawaitable:", inspect.isawaitable(ag), inspect.isawaitable(ag.__anext__()))
print("AsyncGenerator:", isinstance(ag, collections.abc.AsyncGenerator))
print("AsyncIterator:", isinstance(ag, collections.abc.AsyncIterator))
print("AsyncIterable:", isinstance(ag, collections.abc.AsyncIterable))
print("Iterator:", isinstance(ag, collections.abc.Iterator), "Coroutine:", isinstance(ag, collections.abc.Coroutine))
print("Awaitable:", isinstance(ag, collections.abc.Awaitable))
print("AsyncGeneratorType:", isinstance(ag, types.AsyncGeneratorType))
print("issubclass:", issubclass(type(ag), collections.abc.AsyncGenerator))
print("type name:", type(ag).__name__, type(ag).__qualname__)
print("class:", ag.__class__ is types.AsyncGeneratorType, ag.__class__.__name__)
print("func type:", type(agen).__name__)
print("__name__/__qualname__:", ag.__name__, ag.__qualname__)
print("repr:", strip(repr(ag)))
print("str:", strip(str(ag)))
print("function repr:", strip(repr(agen)))
print("doc:", agen.__doc__)
print("aiter is self:", ag.__aiter__() is ag, aiter(ag) is ag)

# flags: CO_ASYNC_GENERATOR is 0x200
code = agen.__code__
print("co_flags has ASYNC_GENERATOR:", bool(code.co_flags & inspect.CO_ASYNC_GENERATOR))
print("co_flags has COROUTINE:", bool(code.co_flags & inspect.CO_COROUTINE))
print("ag_code:", ag.ag_code.co_name, ag.ag_code.co_qualname, ag.ag_code is agen.__code__)
print("co_varnames:", ag.ag_code.co_varnames, ag.ag_code.co_argcount)

# methods and their awaitable types
for name in ("__anext__", "asend", "athrow", "aclose", "__aiter__"):
    print(name, type(getattr(ag, name)).__name__)
aw = ag.__anext__()
print("anext awaitable:", type(aw).__name__, strip(repr(aw)))
print("asend awaitable:", type(ag.asend(None)).__name__)
print("athrow awaitable:", type(ag.athrow(ValueError)).__name__)
print("aclose awaitable:", type(ag.aclose()).__name__)
print("awaitable has send/throw/close:", all(hasattr(aw, m) for m in ("send", "throw", "close")))
print("awaitable is iterator:", iter(aw) is aw, hasattr(aw, "__await__"))
print("isinstance(aw, Generator):", isinstance(aw, collections.abc.Generator))
aw.close()

# renaming
ag.__name__ = "renamed"
ag.__qualname__ = "Q.renamed"
print("renamed:", ag.__name__, ag.__qualname__, strip(repr(ag)))
try:
    ag.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    ag.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    ag.ag_running = True
except AttributeError as e:
    print("AttributeError:", type(e).__name__)

# methods in classes
c = Container()
for a in (c.items(), Container.static_items(), Container.class_items(), c.make_inner()()):
    print("qualname:", a.__qualname__, "| name:", a.__name__, "| repr:", strip(repr(a)))
print("isasyncgenfunction(method):", inspect.isasyncgenfunction(c.items), inspect.isasyncgenfunction(Container.items))


async def main():
    g = agen(3)
    print("before start: frame", g.ag_frame is not None, "running", g.ag_running, "await", g.ag_await)
    print(await anext(g))
    print("suspended: lineno", g.ag_frame.f_lineno, "running", g.ag_running)
    print("frame code name:", g.ag_frame.f_code.co_name)

    async def watcher():
        yield w.ag_running
        await asyncio.sleep(0)
        yield type(w.ag_await).__name__ if w.ag_await is not None else None

    w = watcher()
    print("running inside:", await anext(w))
    t = asyncio.ensure_future(anext(w))
    await asyncio.sleep(0)
    print("while in sleep: running", w.ag_running, "| ag_await type:", type(w.ag_await).__name__)
    print(await t)
    await w.aclose()
    print("after aclose: frame", w.ag_frame, "running", w.ag_running, "await", w.ag_await)
    async for _ in g:
        pass
    print("exhausted: frame", g.ag_frame)
    print("values:", [x async for x in agen(4)])
    print(await asyncio.gather(*(anext(agen(5)) for _ in range(3))))


asyncio.run(main())

# async generator lambdas are not possible, but async genexprs are async generators
ge = (x async for x in agen(3))
print("genexpr:", type(ge).__name__, ge.__name__, ge.__qualname__, inspect.isasyncgen(ge))
print("genexpr code flags:", bool(ge.ag_code.co_flags & inspect.CO_ASYNC_GENERATOR))
asyncio.run(ge.aclose())
