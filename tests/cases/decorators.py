# Decorators: plain, with arguments, stacked, functools.wraps.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    """Adds."""
    return a + b
@times(3)
@trace
def hello(x):
    return x
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(hello("hi"))
order = []
def mark(tag):
    order.append("eval " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("a")
@mark("b")
def g():
    pass
print(order)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
