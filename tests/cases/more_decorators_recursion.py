# Stacked decorators (with and without arguments, functools.wraps), lambdas with defaults,
# memoized and mutual recursion, recursion limits.
import functools
import sys
trace = []
def tag(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            trace.append(">" + label)
            try:
                return fn(*args, **kwargs)
            finally:
                trace.append("<" + label)
        wrapper.labels = getattr(fn, "labels", []) + [label]
        return wrapper
    return deco
def plain_deco(fn):
    def wrapper(*a):
        return ("plain", fn(*a))
    return wrapper
evaluation = []
def noisy(name):
    evaluation.append("eval " + name)
    def deco(fn):
        evaluation.append("apply " + name)
        return fn
    return deco
@noisy("first")
@noisy("second")
@tag("outer")
@tag("inner")
def add(a, b=10):
    """Add two numbers."""
    return a + b
print(add(1), add(1, 2), trace, evaluation)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.labels, add.__wrapped__.__wrapped__(5, 5))
print(add.__qualname__, add.__module__ == __name__, sorted(add.__dict__))
@plain_deco
def undocumented(x):
    "doc here"
    return x
print(undocumented(3), undocumented.__name__, undocumented.__doc__)
registry = {}
def register(fn=None, *, name=None):
    if fn is None:
        return lambda f: register(f, name=name)
    registry[name or fn.__name__] = fn
    return fn
@register
def alpha(): return "a"
@register(name="B")
def beta(): return "b"
print(sorted(registry), registry["B"]())
@(lambda f: f())
def evaluated_immediately():
    return "called at definition"
print(evaluated_immediately)
decorators = [tag("x"), tag("y")]
@decorators[1]
@decorators[0]
def sub(a, b):
    return a - b
trace.clear()
print(sub(5, 3), trace)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().hits, fib.cache_info().misses)
memo = {}
def fib2(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib2(n - 1) + fib2(n - 2)
    memo[n] = r
    return r
print(fib2(200))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7), is_even(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
print(perms([1, 2, 3]))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
sys.setrecursionlimit(old)
print(50 < d < 120)
# lambdas: defaults evaluated once, keyword defaults, nested lambdas, immediate calls
k = 5
la = lambda x, y=k, *, z=k * 2: x + y + z
k = 100
print(la(1), la(1, 2), la(1, z=0), (lambda: "iife")(), (lambda *a, **kw: (a, kw))(1, b=2))
compose = lambda *fs: lambda x: functools.reduce(lambda acc, f: f(acc), fs, x)
print(compose(lambda v: v + 1, lambda v: v * 2, str)(4))
adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([f(10) for f in adders])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))(10))
print(sorted(["bb", "a", "ccc", "dd"], key=lambda s: (-len(s), s)))
