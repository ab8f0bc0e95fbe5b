# Code objects of look-alike functions (two lambdas on one line share their description) keep
# their own bodies; generators keep the body they started with; CPython running a compiled
# closure's code under a Python-level tracer sees its free variables.
import sys
import types

first, second = (lambda p: p[0]), (lambda p: p[1])
print(types.FunctionType(second.__code__, {})([1, 2]), types.FunctionType(first.__code__, {})([1, 2]))
first.__code__ = second.__code__
print(first([1, 2]), second([1, 2]))


def counting():
    yield 1
    yield 2


def other():
    yield "a"
    yield "b"


g = counting()
print(next(g))
counting.__code__ = other.__code__
print(next(g), list(counting()))


def make():
    a = 2

    def uses():
        return a * 10
    return uses


uses = make()
seen = []


def tracer(frame, event, arg):
    seen.append((event, sorted(frame.f_locals)))
    return None


sys.settrace(tracer)
print(types.FunctionType(uses.__code__, {}, "uses", None, uses.__closure__)())
sys.settrace(None)
print(seen[:1])


def gen_based():
    yield "step"
    return "done"


coro_fn = types.coroutine(types.FunctionType(gen_based.__code__, globals()))


async def main():
    return await coro_fn()


c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
