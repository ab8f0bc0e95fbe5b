# Container protocols: __len__, __bool__, __contains__, __getitem__ with slices, __setitem__,
# __delitem__, iterator classes, __reversed__, __missing__ on a dict subclass.
class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            idx = range(*key.indices(len(self.items) * 2))
            return Ring([self.items[i % len(self.items)] for i in idx])
        if isinstance(key, tuple):
            return tuple([self[k] for k in key])
        return self.items[key % len(self.items)]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.items[key] = value
        else:
            self.items[key % len(self.items)] = value

    def __delitem__(self, key):
        del self.items[key]

    def __contains__(self, value):
        print("  __contains__", value)
        return value in self.items

    def __iter__(self):
        return RingIter(self)

    def __reversed__(self):
        return iter(self.items[::-1])

    def __repr__(self):
        return f"Ring({self.items})"


class RingIter:
    def __init__(self, ring):
        self.ring = ring
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.ring):
            raise StopIteration
        self.i += 1
        return self.ring.items[self.i - 1]


r = Ring("abcde")
print(len(r), bool(r), r[0], r[7], r[-1], r[1:8:2], r[::3], r[1, 2, 6])
print(list(r), list(reversed(r)), "c" in r, "z" not in r)
r[6] = "B"
r[2:4] = ["x", "y", "z"]
del r[0]
print(r, len(r))
del r[::2]
print(r)
for i, ch in enumerate(r):
    print(i, ch)
print(sorted(r), max(r), "".join(r), dict(zip(r, range(10))))
a, *b = r
print(a, b)
print([*r, *reversed(r)], {*r} == set(r.items))


# __bool__ vs __len__ for truthiness
class Empty:
    def __len__(self):
        print("  __len__")
        return 0


class Truthy:
    def __len__(self):
        return 0

    def __bool__(self):
        print("  __bool__")
        return True


print(bool(Empty()), bool(Truthy()), not Empty(), "yes" if Truthy() else "no")
print(Empty() or "fallback", Truthy() and "both")


# iteration via the old __getitem__ protocol
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares(), iter(Squares()).__class__.__name__)


# iterator exhaustion is permanent; StopIteration from __next__ in a for loop
it = RingIter(Ring([1, 2, 3]))
print(next(it), list(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


# dict subclass with __missing__
class Counter(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


c = Counter()
for w in "the cat and the hat".split():
    c[w] += 1
print(c, c.get("dog"), "dog" in c, c["dog"])


class DefaultList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value


dl = DefaultList()
dl["a"].append(1)
dl["a"].append(2)
dl["b"].append(3)
print(dl)


# list / dict subclasses with overridden item methods
class LoggingList(list):
    def __setitem__(self, i, v):
        print("  set", i, v)
        super().__setitem__(i, v)

    def append(self, v):
        print("  append", v)
        super().append(v)


ll = LoggingList([1, 2])
ll[0] = 10
ll.append(3)
ll.extend([4])
ll += [5]
print(ll, type(ll).__name__, len(ll), ll[1:3], type(ll[1:3]).__name__)


# a mapping class usable with ** and dict()
class Mapping:
    def __init__(self, **kw):
        self.data = kw

    def keys(self):
        return sorted(self.data)

    def __getitem__(self, k):
        return self.data[k] * 10


def show(**kw):
    return kw


print(show(**Mapping(b=2, a=1)), dict(Mapping(x=3)), {**Mapping(z=1)})


# __length_hint__ and __index__ interplay
class Hint:
    def __iter__(self):
        return iter([1, 2, 3])

    def __length_hint__(self):
        return 3


print(list(Hint()), sum(Hint()))
