# Generators with unreachable yields: `return; yield`, `if False: yield`, raise before yield, dead yields after live ones.
import inspect


def empty_return():
    return
    yield


def empty_if_false():
    if False:
        yield


def returns_value():
    return "value"
    yield 1


def returns_tuple():
    return (1, 2)
    yield


def raises_first():
    raise ValueError("before any yield")
    yield


def while_false():
    while False:
        yield 1
    return 3


def loop_returns():
    while True:
        return "from loop"
    yield 2


def returns_iterator():
    return iter(())
    yield


class Base:
    def children(self):
        return
        yield


for fn in [empty_return, empty_if_false, returns_value, returns_tuple, while_false, loop_returns, returns_iterator]:
    g = fn()
    print(fn.__name__, inspect.isgeneratorfunction(fn), type(g).__name__, inspect.getgeneratorstate(g))
    try:
        next(g)
    except StopIteration as e:
        v = e.value
        shown = type(v).__name__ if hasattr(v, "__next__") else repr(v)
        print("   StopIteration value:", shown, "args:", len(e.args), e.args[0] is v if e.args else None)
    print("   state:", inspect.getgeneratorstate(g), list(g), next(g, "default"))

print(list(empty_return()), list(Base().children()), sum(1 for _ in empty_if_false()))
g = raises_first()
print("created", inspect.getgeneratorstate(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(inspect.getgeneratorstate(g), list(g))


def outer():
    r = yield from returns_tuple()
    yield r
    r = yield from empty_return()
    yield r
    yield (yield from returns_value())


print(list(outer()))


# Live yields followed by dead ones.
def live_then_dead():
    yield 1
    return "r"
    yield 2


def continue_skips():
    for i in range(3):
        yield i
        continue
        yield -i


def break_skips():
    while True:
        yield "once"
        break
        yield "never"
    yield "after loop"


def raise_skips():
    yield "before"
    raise KeyError("stop here")
    yield "never"


def finally_return():
    try:
        return "from try"
    finally:
        print("   finally runs")
    yield


print(list(live_then_dead()), list(continue_skips()), list(break_skips()))
g = raise_skips()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError:", e)
try:
    next(finally_return())
except StopIteration as e:
    print("StopIteration:", e.value)
