# functools in everyday use: lru_cache (with cache_info and cache_clear), reduce, partial
# (nested, with keywords), wraps-based decorators that keep metadata, a retry decorator with
# arguments, cmp_to_key, singledispatch, cached_property on a type()-built class, and total
# ordering of records.
import functools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=3)
def slow_square(x):
    calls.append(x)
    return x * x


calls = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
        print(f"-> {func.__name__}({', '.join(shown)})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper


def retry(times, exceptions=(Exception,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"   attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return decorate


@logged
def volume(length, width=1, *, height=1):
    """Volume of a box."""
    return length * width * height


state = {"n": 0}


@retry(3, (ConnectionError,))
def flaky(succeed_on):
    state["n"] += 1
    if state["n"] < succeed_on:
        raise ConnectionError(f"try #{state['n']}")
    return f"ok on #{state['n']}"


print("fib(80) =", fib(80), fib.cache_info())
fib.cache_clear()
print("after clear:", fib.cache_info())
for x in [1, 2, 3, 1, 4, 1, 2]:
    slow_square(x)
print("computed:", calls, slow_square.cache_info())

print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

volume(2, 3, height=4)
print(volume.__name__, volume.__doc__, volume.__wrapped__.__name__)
print(flaky(2), flaky.attempts, flaky.__name__)
state["n"] = 0
try:
    flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e)

base2 = functools.partial(int, base=2)
hexer = functools.partial(str.format, "{:08x}")
power = functools.partial(pow, 2)
cube_of = functools.partial(pow, exp=3)
print(base2("101101"), hexer(48879), power(10), cube_of(4), base2.keywords, power.args)
nested = functools.partial(functools.partial(volume.__wrapped__, 2), height=5)
print("nested partial:", nested(3), nested.func.__name__, nested.args, nested.keywords)

def by_length_then_reverse(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a < b) - (a > b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj} ({'even' if obj % 2 == 0 else 'odd'})"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join([describe(x) for x in obj])


print(describe(4), "|", describe("s"), "|", describe([1, 2.5]), "|", describe(True))


def _area(self):
    print("   (computing area)")
    return self.w * self.h


Rect = type("Rect", (), {"__init__": lambda self, w, h: self.__dict__.update(w=w, h=h),
                         "area": functools.cached_property(_area)})
Rect.area.__set_name__(Rect, "area")
r = Rect(3, 4)
print(r.area, r.area, sorted(vars(r)))
print(functools.reduce(lambda acc, f: f(acc), [str.strip, str.upper, lambda s: s[::-1]], "  hello "))
