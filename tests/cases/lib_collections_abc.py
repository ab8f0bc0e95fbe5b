# collections.abc with compiled subclasses: Mapping (mixins keys/items/get/__contains__/
# __eq__), MutableMapping, MutableSequence (append/extend/insert/pop/remove/reverse/+=),
# Set (operators from mixins, _from_iterable), Iterator/Iterable (__iter__ mixin, next),
# Sized/Container/Callable/Hashable isinstance checks, and abstract-method errors.
import collections.abc as cabc


class FrozenDict(cabc.Mapping):
    def __init__(self, *args, **kw):
        self._d = dict(*args, **kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(sorted(self._d))

    def __len__(self):
        return len(self._d)

    def __hash__(self):
        return hash(frozenset(self._d.items()))

    def __repr__(self):
        return "FrozenDict(%s)" % ", ".join(["%s=%r" % kv for kv in self.items()])


fd = FrozenDict(b=2, a=1, c=3)
print(fd, len(fd), list(fd), list(fd.keys()), list(fd.values()), fd.get("z", 0), "a" in fd)
print(fd == {"a": 1, "b": 2, "c": 3}, fd == FrozenDict(a=1), dict(fd), {**fd}, len({fd, FrozenDict(fd)}))
print(isinstance(fd, cabc.Mapping), isinstance(fd, cabc.MutableMapping), isinstance(fd.items(), cabc.Set))
print(fd.keys() & {"a", "z"}, sorted(fd.items() | {("q", 0)}))


class LowerDict(cabc.MutableMapping):
    def __init__(self):
        self._store = {}

    def __getitem__(self, k):
        return self._store[k.lower()]

    def __setitem__(self, k, v):
        self._store[k.lower()] = v

    def __delitem__(self, k):
        del self._store[k.lower()]

    def __iter__(self):
        return iter(list(self._store))

    def __len__(self):
        return len(self._store)


ld = LowerDict()
ld["Hello"] = 1
ld.update({"WORLD": 2}, Extra=3)
ld.setdefault("hello", 99)
print(sorted(ld.items()), ld["HELLO"], ld.pop("world"), ld.popitem(), len(ld))
ld.clear()
print(len(ld), ld.get("x"))
try:
    ld.pop("missing")
except KeyError as e:
    print("KeyError:", e)


class TypedList(cabc.MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)

    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError("expected %s, got %s" % (self.kind.__name__, type(v).__name__))
        return v

    def __getitem__(self, i):
        if isinstance(i, slice):
            return TypedList(self.kind, self._items[i])
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = self._check(v)

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def __repr__(self):
        return "TypedList<%s>%r" % (self.kind.__name__, self._items)


tl = TypedList(int, [3, 1])
tl.append(4)
tl.insert(0, 9)
tl += [5, 9]
print(tl, tl.index(4), tl.count(9), 4 in tl, list(reversed(tl)), tl[1:3])
tl.reverse()
print(tl, tl.pop(), tl.pop(0), tl)
tl.remove(4)
print(tl, sorted(tl), sum(tl), max(tl))
try:
    tl.append("x")
except TypeError as e:
    print("TypeError:", e)


class Range3(cabc.Set):
    def __init__(self, items):
        self._s = sorted(set(items))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return "Range3%r" % (self._s,)


r1, r2 = Range3([1, 2, 3, 4]), Range3([3, 4, 5])
print(r1 & r2, r1 | r2, r1 - r2, r1 ^ r2, r1 <= Range3(range(10)), r1.isdisjoint([7]), type(r1 | r2).__name__)


class Countdown(cabc.Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(iter(cd) is cd, list(cd), list(cd), next(Countdown(5)), next(Countdown(0), "done"))
print([x * 2 for x in Countdown(4)], sum(Countdown(10)), sorted(Countdown(3)), dict(zip("ab", Countdown(2))))
print(isinstance(cd, cabc.Iterable), isinstance(Countdown, cabc.Callable), isinstance(fd, cabc.Hashable),
      isinstance(ld, cabc.Hashable), isinstance(tl, cabc.Reversible), issubclass(TypedList, cabc.Sequence))
try:
    class Incomplete(cabc.Sequence):
        def __len__(self):
            return 0
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(sorted(cabc.MutableSequence.__abstractmethods__))
