# Generator methods in class hierarchies: super() inside generators, self attributes changing between resumptions, dataclass __iter__.
from dataclasses import dataclass, field
import abc


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        yield f"{self.name} is a {type(self).__name__}"
        yield f"it has {self.sides} sides"

    @classmethod
    def family(cls):
        for klass in cls.__mro__:
            if klass is object:
                return
            yield klass.__name__

    @staticmethod
    def counter(n):
        yield from range(n)


class Polygon(Shape):
    sides = 3

    def describe(self):
        yield "-- polygon --"
        yield from super().describe()
        yield f"interior sum {(self.sides - 2) * 180}"


class Square(Polygon):
    sides = 4

    def describe(self):
        for line in super().describe():
            yield line.upper() if "sides" in line else line
        yield "all sides equal"


class Named(Shape):
    def describe(self):
        gen = super().describe()
        yield next(gen)
        yield "(named shape)"
        yield from gen


class NamedSquare(Named, Square):
    pass


for obj in [Shape("blob"), Polygon("tri"), Square("sq"), NamedSquare("ns")]:
    print(list(obj.describe()))
print(list(NamedSquare.family()), list(Square.counter(3)), list(Square("x").counter(2)))


# super() with explicit arguments inside a generator, and in a genexp inside a method.
class Base:
    def items(self):
        yield from ("base-1", "base-2")


class Child(Base):
    def items(self):
        yield "child"
        yield from super(Child, self).items()

    def upper_items(self):
        return list(s.upper() for s in super().items())

    def lazy_super(self):
        # super() is evaluated when the generator runs, not when it is created
        g = (x for x in [1])
        for _ in g:
            yield from super().items()


c = Child()
print(list(c.items()), c.upper_items(), list(c.lazy_super()))


# Generators reading self attributes that change between resumptions.
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    def statements(self):
        month = 0
        while True:
            month += 1
            cmd = yield f"month {month}: balance {self.balance}"
            if cmd == "stop":
                return month
            self.history.append(self.balance)

    def deposit(self, amount):
        self.balance += amount


acct = Account(100)
st = acct.statements()
print(next(st))
acct.deposit(50)
print(next(st))
acct.balance = 7
print(st.send(None))
acct.deposit(-3)
print(next(st))
try:
    st.send("stop")
except StopIteration as e:
    print("stopped after", e.value, "months; history", acct.history)


# Rebinding a method on the instance or class while a generator from it is suspended.
class Walker:
    step = 1

    def walk(self, n):
        pos = 0
        for _ in range(n):
            pos += self.step
            yield pos


w = Walker()
g = w.walk(5)
print(next(g), next(g))
w.step = 10
print(next(g))
Walker.step = 100
del w.step
print(list(g))


# Generator __iter__ in a dataclass and in a class with an abstract generator method.
@dataclass
class Deck:
    suits: str = "SH"
    ranks: list = field(default_factory=lambda: ["A", "K", "2"])

    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s

    def __len__(self):
        return len(self.suits) * len(self.ranks)


deck = Deck()
print(list(deck), len(deck), "KH" in deck, deck)
deck.ranks.append("Q")
print(sorted(deck), len(list(iter(deck))))
print(list(Deck("C", ["3"])), Deck("C", ["3"]) == Deck("C", ["3"]))


@dataclass(frozen=True)
class Interval:
    lo: int
    hi: int

    def __iter__(self):
        n = self.lo
        while n < self.hi:
            yield n
            n += 1

    def split(self, k):
        step = (self.hi - self.lo) // k
        yield from (Interval(self.lo + i * step, self.lo + (i + 1) * step) for i in range(k))


iv = Interval(3, 11)
print(list(iv), list(iv.split(2)), [list(p) for p in iv.split(4)])
lo, hi = iv.lo, iv.hi
print(sum(iv), max(iv), lo, hi)


class Source(abc.ABC):
    @abc.abstractmethod
    def records(self):
        ...

    def __iter__(self):
        for i, rec in enumerate(self.records()):
            yield f"{type(self).__name__}[{i}]={rec}"


class ListSource(Source):
    def __init__(self, data):
        self.data = data

    def records(self):
        yield from self.data


class CountingSource(ListSource):
    def records(self):
        for rec in super().records():
            yield rec * 2


print(list(ListSource("ab")), list(CountingSource([1, 5])))
try:
    Source()
except TypeError as e:
    print("TypeError:", e)


# Generator methods stored and called via getattr / bound method objects.
class Registry:
    def __init__(self):
        self.entries = {"b": 2, "a": 1, "c": 3}

    def keys_sorted(self):
        yield from sorted(self.entries)

    def values_by_key(self):
        for k in self.keys_sorted():
            yield self.entries[k]

    def __getitem__(self, name):
        return getattr(self, name)


reg = Registry()
method = reg.values_by_key
gen1, gen2 = method(), method()
print(next(gen1), next(gen2), next(gen1))
reg.entries["b"] = 20
print(list(gen1), list(gen2), list(reg["keys_sorted"]()))


# __init_subclass__ and class decorators that collect generator methods.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls)

    def run(self):
        yield f"{type(self).__name__} starting"
        yield from self.steps()
        yield f"{type(self).__name__} done"

    def steps(self):
        return iter(())


class Alpha(Plugin):
    def steps(self):
        yield "alpha step"


class Beta(Alpha):
    def steps(self):
        yield "beta pre"
        yield from super().steps()
        yield "beta post"


for plugin_cls in Plugin.registry:
    print(list(plugin_cls().run()))
print(list(Plugin().run()))


# A generator that outlives its instance's other references.
def make_gen():
    class Temp:
        def __init__(self):
            self.data = [1, 2, 3]

        def gen(self):
            while self.data:
                yield self.data.pop()

    return Temp().gen()


tg = make_gen()
print(list(tg))
