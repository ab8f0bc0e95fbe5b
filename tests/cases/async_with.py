# async with: class-based async context managers, suppression, nesting, multiple items, error messages
import asyncio


class ACM:
    def __init__(self, name, suppress=False, value=None):
        self.name = name
        self.suppress = suppress
        self.value = value

    async def __aenter__(self):
        print(f"enter {self.name}")
        await asyncio.sleep(0)
        return self.value if self.value is not None else self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r} tb={tb is not None}")
        return self.suppress


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class AenterOnly:
    async def __aenter__(self):
        return self


class NonAwaitableAenter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        return False


class NonAwaitableAexit:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return None


class RaisingAexit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        raise RuntimeError("from __aexit__")


class RaisingAenter:
    async def __aenter__(self):
        raise KeyError("from __aenter__")

    async def __aexit__(self, *a):
        print("never called")


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if False:
            yield
        return self.v


class PlainMethods:
    """__aenter__/__aexit__ are plain methods returning custom awaitables."""

    def __aenter__(self):
        return Ready("entered via plain method")

    def __aexit__(self, et, ev, tb):
        print("plain __aexit__", et.__name__ if et else None)
        return Ready(et is KeyError)


async def body_returns():
    async with ACM("ret"):
        return "returned from body"


async def main():
    async with ACM("plain") as cm:
        print("body", cm.name)

    async with ACM("val", value=42) as v:
        print("value", v)

    try:
        async with ACM("nosuppress"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)

    async with ACM("suppress", suppress=True):
        raise ValueError("hidden")
    print("after suppressed")

    # truthy non-bool suppression value
    async with ACM("truthy", suppress=1):
        raise IndexError(3)
    print("after truthy")

    async with ACM("outer"):
        async with ACM("inner", suppress=True):
            raise TypeError("inner only")
        print("between")
    async with ACM("a") as a, ACM("b", value="bv") as b:
        print("multi", a.name, b)

    try:
        async with ACM("m1"), ACM("m2"):
            raise LookupError("multi")
    except LookupError as e:
        print("multi propagated", e)

    print(await body_returns())

    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    print("loop done", i)

    try:
        async with RaisingAexit():
            raise ValueError("original")
    except RuntimeError as e:
        print("aexit error", e, "context:", repr(e.__context__))

    try:
        async with RaisingAenter():
            print("not reached")
    except KeyError as e:
        print("aenter error", e)

    for bad in (SyncOnly(), AenterOnly(), object(), 3):
        try:
            async with bad:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)

    try:
        async with NonAwaitableAenter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    try:
        async with NonAwaitableAexit() as x:
            print("entered", x)
    except TypeError as e:
        print("TypeError:", e)

    async with PlainMethods() as v:
        print(v)
    async with PlainMethods():
        raise KeyError("suppressed by plain __aexit__")
    try:
        async with PlainMethods():
            raise IndexError("not suppressed")
    except IndexError as e:
        print("IndexError:", e)

    # __aexit__ looked up on the type, not the instance
    obj = ACM("inst")
    obj.__aexit__ = None
    async with obj:
        print("instance attribute ignored")


asyncio.run(main())


# async with is a syntax error outside async functions; check via compile()
try:
    compile("def f():\n    async with x:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
