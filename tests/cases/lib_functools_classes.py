# functools with compiled classes: total_ordering, cached_property (and invalidation),
# singledispatch on class hierarchies, singledispatchmethod, partialmethod, wraps on methods,
# lru_cache on methods and staticmethods, reduce with __add__.
import functools
from functools import total_ordering, cached_property, singledispatch, singledispatchmethod


@total_ordering
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cur, self.cents) == (other.cur, other.cents)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if self.cur != other.cur:
            raise ValueError("currency mismatch: %s vs %s" % (self.cur, other.cur))
        return self.cents < other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents, self.cur)

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __repr__(self):
        return "%s %d.%02d" % (self.cur, self.cents // 100, self.cents % 100)


a, b, c = Money(150), Money(99), Money(150)
print(a > b, a >= c, b <= a, a <= b, a == c, a != b, sorted([a, b, Money(5)]))
print(functools.reduce(lambda x, y: x + y, [a, b, c]), max(a, b), Money.__gt__.__name__)
try:
    a < Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}


d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats["mean"], d.computed, "stats" in vars(d))
del d.stats
d.values.append(9)
print(d.stats, d.computed, type(Dataset.__dict__["stats"]).__name__, Dataset.stats.attrname)


class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


@singledispatch
def describe(obj):
    return "object:%s" % type(obj).__name__


@describe.register
def _(obj: Circle):
    return "circle r=%s" % obj.r


@describe.register(Rect)
def _rect(obj):
    return "rect %sx%s" % (obj.w, obj.h)


@describe.register(int)
@describe.register(float)
def _num(obj):
    return "number %s" % obj


print([describe(x) for x in [Circle(1), Rect(2, 3), Square(4), Shape(), 5, 2.5, "s"]])
print(describe.dispatch(Square).__name__, sorted([k.__name__ for k in describe.registry]))


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + "?" + repr(arg)

    @fmt.register
    def _(self, arg: int):
        return self.prefix + "int:" + str(arg)

    @fmt.register
    def _(self, arg: list):
        return self.prefix + "[" + ",".join([self.fmt(x) for x in arg]) + "]"

    @fmt.register(Shape)
    def _(self, arg):
        return self.prefix + "shape:" + describe(arg)

    def greet(self, greeting, name):
        return "%s%s, %s" % (self.prefix, greeting, name)

    hello = functools.partialmethod(greet, "hello")


f = Formatter("> ")
print(f.fmt(3), f.fmt([1, "x", [2]]), f.fmt(Square(1)), f.fmt(None))
print(f.hello("bob"), Formatter.hello.__class__.__name__ if hasattr(Formatter.hello, "__class__") else "")


def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        print("call", fn.__qualname__, args)
        return fn(self, *args)
    return wrapper


class Calc:
    calls = 0

    @logged
    def add(self, x, y):
        """Add two numbers."""
        return x + y

    @functools.lru_cache(maxsize=None)
    def fib(self, n):
        Calc.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)

    @staticmethod
    @functools.lru_cache(maxsize=4)
    def square(n):
        return n * n


calc = Calc()
print(calc.add(2, 3), Calc.add.__name__, Calc.add.__doc__, Calc.add.__wrapped__.__qualname__)
print(calc.fib(30), Calc.calls, Calc.fib.cache_info().hits, Calc.square(12), Calc.square.cache_info().misses)
