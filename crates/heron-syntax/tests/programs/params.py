def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    local = a + b
    return local


def annotated(x: int, *ys: str, z: float = 1.0, **kw: bytes) -> list:
    return [x, ys, z, kw]


def captured(p, q):
    def inner():
        return p
    return inner


def only_star(*, k):
    return k


def only_kwargs(**kw):
    return kw


def defaults_see_outer(n=len("abc"), m=lambda: n):
    return n, m


async def coro(a, *b):
    return a, b
