# classmethod alternative constructors, staticmethods, class-level counters, property chains.
import datetime


class Date:
    _instances = 0
    fmt = "{y:04d}-{m:02d}-{d:02d}"

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self)._instances += 1

    @classmethod
    def from_string(cls, s, sep="-"):
        y, m, d = map(int, s.split(sep))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, n):
        dt = datetime.date.fromordinal(n)
        return cls(dt.year, dt.month, dt.day)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @property
    def leap(self):
        return self.is_leap(self.y)

    @property
    def ordinal(self):
        return datetime.date(self.y, self.m, self.d).toordinal()

    def __repr__(self):
        return self.fmt.format(y=self.y, m=self.m, d=self.d)

    def __sub__(self, other):
        return self.ordinal - other.ordinal

    def plus(self, days):
        return type(self).from_ordinal(self.ordinal + days)


class USDate(Date):
    fmt = "{m:02d}/{d:02d}/{y:04d}"

    @classmethod
    def from_string(cls, s):
        m, d, y = s.split("/")
        return super().from_string(f"{y}-{m}-{d}")


d1 = Date.from_string("2024-02-28")
d2 = d1.plus(2)
u = USDate.from_string("12/31/1999")
print(d1, d2, d2 - d1, d1.leap, u, type(u).__name__, u.plus(1), type(u.plus(1)).__name__)
print(Date.is_leap(1900), Date.is_leap(2000), u.is_leap(2023), Date._instances, USDate._instances)
print(Date.from_string("2020/1/5", sep="/"), USDate.from_ordinal(1))
try:
    d1.leap = True
except AttributeError as e:
    print("AttributeError:", e)


# classmethod on instance binds to the class; staticmethod has no binding
class Counter:
    count = 0

    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count

    @staticmethod
    def helper(*args):
        return args


class SubCounter(Counter):
    pass


c = Counter()
print(c.incr(), Counter.incr(), SubCounter.incr(), SubCounter().incr(), Counter.count, SubCounter.count)
print(c.helper(1), Counter.helper(), SubCounter.helper("x"))
print(Counter.incr.__self__ is Counter, SubCounter.incr.__self__ is SubCounter)
print(callable(Counter.__dict__["helper"]), type(Counter.__dict__["incr"]).__name__)


# property built from functions directly, properties overriding in subclasses
class Account:
    def _get_balance(self):
        return self._balance

    def _set_balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    balance = property(_get_balance, _set_balance, None, "The balance.")

    def __init__(self, b):
        self.balance = b


class Overdraft(Account):
    limit = 100

    @Account.balance.setter
    def balance(self, v):
        if v < -self.limit:
            raise ValueError("over limit")
        self._balance = v


a = Account(10)
o = Overdraft(10)
o.balance = -50
print(a.balance, o.balance, Account.balance.__doc__, Overdraft.balance.fget is Account.balance.fget)
for acct, amount in [(a, -1), (o, -101)]:
    try:
        acct.balance = amount
    except ValueError as e:
        print("ValueError:", e)


# chained classmethod + property is deprecated-but-works in 3.11
class Meta:
    _name = "meta"

    @classmethod
    @property
    def name(cls):
        return cls._name.upper()


class SubMeta(Meta):
    _name = "sub"


print(Meta.name, SubMeta.name, Meta().name)


# staticmethod objects are callable directly in 3.10+
class Util:
    @staticmethod
    def double(x):
        return x * 2

    mapped = list(map(double, [1, 2]))


print(Util.mapped, Util.double(5))


# a factory classmethod used polymorphically
class Animal:
    sound = "..."

    @classmethod
    def create_many(cls, n):
        return [cls() for _ in range(n)]

    def speak(self):
        return f"{type(self).__name__}:{self.sound}"


class Cat(Animal):
    sound = "meow"


class Cow(Animal):
    sound = "moo"


print([a.speak() for kind in (Animal, Cat, Cow) for a in kind.create_many(2)])


# property with side effects, accessed via getattr and hasattr
class Lazy:
    def __init__(self):
        self.hits = 0

    @property
    def value(self):
        self.hits += 1
        if self.hits > 2:
            raise AttributeError("exhausted")
        return self.hits


lz = Lazy()
print(lz.value, getattr(lz, "value"), hasattr(lz, "value"), getattr(lz, "value", "dflt"), lz.hits)
