# Compiled classes consumed by numeric and ordering libraries: numbers ABC registration,
# math.floor/ceil/trunc/round via dunders, fractions/decimal interop with __radd__ etc.,
# heapq/bisect/queue.PriorityQueue with __lt__-ordered and dataclass(order=True) items,
# format()/f-strings with __format__, string.Formatter subclass, os.fspath/pathlib.
import bisect
import dataclasses
import decimal
import fractions
import heapq
import math
import numbers
import os
import pathlib
import queue
import string


class Money(numbers.Real):
    def __init__(self, cents):
        self.cents = int(cents)

    def __float__(self):
        return self.cents / 100

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __format__(self, spec):
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d") + "c"
        return "$" + format(self.cents / 100, spec or ".2f")

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + 100 * o)
        return NotImplemented

    def __radd__(self, o):
        return self.__add__(o)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.cents / k)

    def __rtruediv__(self, o):
        return NotImplemented

    def __floordiv__(self, o):
        return self.cents // o.cents

    __rfloordiv__ = __mod__ = __rmod__ = __pow__ = __rpow__ = __rtruediv__

    def __lt__(self, o):
        return self.cents < Money(o * 100 if isinstance(o, int) else o.cents).cents

    def __le__(self, o):
        return not o < self

    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents

    def __hash__(self):
        return hash(self.cents)

    def __trunc__(self):
        return self.cents // 100

    def __floor__(self):
        return math.floor(self.cents / 100)

    def __ceil__(self):
        return math.ceil(self.cents / 100)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2))


m = Money(1999)
print(isinstance(m, numbers.Real), isinstance(m, numbers.Number), isinstance(m, numbers.Integral))
print(m + Money(1), 1 + m, sum([Money(5), Money(7)], Money(0)), sum([Money(1)] * 3, 0), 3 * m, -m, abs(-m))
print(math.trunc(m), math.floor(m), math.ceil(m), round(m), round(m, 1), float(m), m.real, m.imag, m.conjugate())
print(format(m), format(m, ".1f"), f"{m:>8.2f}|{m:,c}|{m!r}", "{0:c} and {0}".format(m), Money(100) // Money(30))
print(complex(m), divmod(7, 2), m < 20, m <= Money(1999), sorted([Money(3), Money(1), Money(2)]))
print(fractions.Fraction(1, 3) + 1, decimal.Decimal("1.10") * 3, math.fsum([0.1] * 10), fractions.Fraction(m) if False else "-")
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

    def __repr__(self):
        return "%s:%d" % (self.name, self.prio)


heap = []
for t in [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]:
    heapq.heappush(heap, t)
print([heapq.heappop(heap) for _ in range(2)], heapq.nsmallest(2, heap), heapq.nlargest(1, heap))
ordered = sorted([Task(5, "e"), Task(2, "b"), Task(9, "z")])
bisect.insort(ordered, Task(4, "d"))
print(ordered, bisect.bisect_left(ordered, Task(4, "d")), bisect.bisect(ordered, 5, key=lambda t: t.prio))
print(list(heapq.merge([Task(1, "a"), Task(4, "d")], [Task(2, "b")])))


@dataclasses.dataclass(order=True)
class Job:
    priority: int
    name: str = dataclasses.field(compare=False)


pq = queue.PriorityQueue()
for j in [Job(5, "low"), Job(1, "urgent"), Job(3, "mid")]:
    pq.put(j)
print([pq.get().name for _ in range(pq.qsize())])


class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec == "u":
            return str(value).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)


fmt = Upper()
print(fmt.format("{0:u} {name:u} {missing} {1:>5}|{m:c}", "hi", 42, name="bob", m=m))
print(sorted([(lit, field) for lit, field, _, _ in fmt.parse("a{x}b{y:u}")]))


class Resource:
    def __init__(self, *parts):
        self.parts = parts

    def __fspath__(self):
        return "/".join(("data",) + self.parts)


r = Resource("2024", "log.txt")
print(os.fspath(r), os.path.basename(r), os.path.splitext(r)[1], pathlib.PurePosixPath(r).parent, os.path.join(r, "x"))
print(pathlib.PurePosixPath("root") / r if False else pathlib.PurePosixPath("root", os.fspath(r)))
