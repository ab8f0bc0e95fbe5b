# yield inside less common statements: match/case, del of locals across yields (UnboundLocalError after resumption), global/nonlocal declarations, while/for else clauses, chained comparisons in loops, nested function definitions between yields, decorators applied to generator functions, yield in an assert message.
import functools

def matcher():
    while True:
        cmd = yield
        match cmd:
            case ("move", x, y):
                yield "move to %d,%d" % (x, y)
            case ("say", str() as text) if text:
                yield "say " + text
            case {"action": action, **rest}:
                yield "dict action %s extra %s" % (action, sorted(rest))
            case [first, *others]:
                yield "list first=%r others=%r" % (first, others)
            case None:
                return "matcher stopped"
            case _:
                yield "unknown %r" % (cmd,)

m = matcher()
next(m)
for cmd in [("move", 1, 2), ("say", "hi"), ("say", ""), {"action": "jump", "h": 3}, [1, 2, 3], 42]:
    print(m.send(cmd))
    next(m)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)

def match_yield_subject():
    match (yield "subject?"):
        case int(n) if n > 10:
            return "big int %d" % n
        case int(n):
            return "small int %d" % n
        case other:
            return "other %r" % (other,)
for value in (50, 5, "x"):
    g = match_yield_subject()
    next(g)
    try:
        g.send(value)
    except StopIteration as e:
        print(e.value)

def deletes():
    a = "value a"
    yield a
    del a
    yield "deleted"
    try:
        yield a
    except UnboundLocalError as e:
        yield "UnboundLocalError: " + str(e)
    a = "rebound"
    yield a
print(list(deletes()))

COUNTER = 0
def uses_global():
    global COUNTER
    while COUNTER < 3:
        COUNTER += 1
        yield COUNTER
    del COUNTER
    yield "global deleted: " + str("COUNTER" in globals())
print(list(uses_global()))
COUNTER = "restored"

def loop_else():
    for i in range(3):
        if i == 10:
            break
        yield "for %d" % i
    else:
        yield "for-else"
    n = 0
    while n < 2:
        yield "while %d" % n
        n += 1
    else:
        yield "while-else"
    for i in range(3):
        yield "breaking loop %d" % i
        break
    else:
        yield "not reached"
print(list(loop_else()))

def defines_functions():
    def helper(x):
        return x * 2
    yield helper(1)
    def helper(x):
        return x * 3
    yield helper(1)
    class Local:
        value = "class attr"
        def method(self):
            yield self.value
    yield Local.__qualname__
    yield from Local().method()
print(list(defines_functions()))

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("  calling", func.__name__, args)
        gen = func(*args, **kwargs)
        result = yield from gen
        print("  finished", func.__name__, "->", result)
        return result
    return wrapper

@trace
def decorated(n):
    """A decorated generator."""
    for i in range(n):
        received = yield i
        if received:
            print("  decorated received", received)
    return n * 10

g = decorated(3)
print(decorated.__name__, decorated.__doc__, g.__name__)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("decorated result", e.value)

@functools.lru_cache(maxsize=None)
def cached_factory(n):
    return tuple(i * i for i in range(n))
print(cached_factory(4), cached_factory(4) is cached_factory(4))

def chained_comparison_loop():
    lo, hi = 2, 6
    for i in range(10):
        if lo <= i < hi != i * 2:
            yield i
print(list(chained_comparison_loop()))

def assert_in_generator():
    for v in (1, 2, 0):
        assert v, "zero found after %s" % (yield "checking %d" % v)
        yield "ok %d" % v
g = assert_in_generator()
try:
    for out in g:
        print(out)
except AssertionError as e:
    print("AssertionError:", e)
