# Generators as the iteration protocol of user classes (__iter__/__reversed__ written as generators), interaction with builtins (in, unpacking, bytes, min/max defaults, dict/str.join), and TypeErrors for unsupported operations on generators (len, subscript, reversed, pickle, copy).
import copy
import pickle

class Range3:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop
    def __iter__(self):
        i = self.start
        while i < self.stop:
            yield i
            i += 1
    def __reversed__(self):
        i = self.stop
        while i > self.start:
            i -= 1
            yield i

r = Range3(2, 6)
print(list(r), list(reversed(r)), sum(r), 4 in r, 9 in r)
print(sorted(r, reverse=True), [x * y for x in r for y in Range3(0, 2)])
a, b, *c = r
print(a, b, c)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
print(dict(zip(r, "abcd")), "".join(map(str, r)), bytes(Range3(65, 70)), bytearray(Range3(97, 99)))

class Sub(Range3):
    def __iter__(self):
        for v in super().__iter__():
            if v % 2 == 0:
                yield v
print(list(Sub(0, 10)), list(reversed(Sub(0, 3))))

# iter(obj) of a class whose __iter__ is a generator function returns a generator
print(type(iter(r)).__name__, iter(r).__qualname__)

# `in` stops the generator early
class Tracing:
    def __iter__(self):
        for i in range(10):
            print("  tracing yields", i)
            yield i
print(3 in Tracing())

# unpacking count errors
def three():
    yield 1
    yield 2
    yield 3
try:
    x, y = three()
except ValueError as e:
    print("ValueError:", e)
try:
    w, x, y, z = three()
except ValueError as e:
    print("ValueError:", e)
x, *y = three()
print(x, y)

# min/max on empty generators
def empty():
    yield from ()
try:
    min(empty())
except ValueError as e:
    print("ValueError:", e)
print(min(empty(), default="dflt"), max(three(), default=None), next(empty(), "next default"))

# unsupported operations
g = three()
for label, op in [
    ("len", lambda: len(g)),
    ("subscript", lambda: g[0]),
    ("reversed", lambda: reversed(g)),
    ("add", lambda: g + g),
    ("call", lambda: g()),
    ("hash-equality", lambda: (g == g, g != three(), hash(g) == hash(g))),
    ("bool", lambda: bool(g)),
    ("pickle", lambda: pickle.dumps(g)),
    ("deepcopy", lambda: copy.deepcopy(g)),
    ("copy", lambda: copy.copy(g) is g),
    ("setattr", lambda: setattr(g, "x", 1)),
    ("weakref", lambda: __import__("weakref").ref(g)() is g),
]:
    try:
        print(label, "->", op())
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

# generators are usable as dict keys / set members (identity hash)
g1, g2 = three(), three()
d = {g1: "first", g2: "second"}
print(d[g1], d[g2], len({g1, g2, g1}))

# iter(callable, sentinel) driven by a generator's __next__
g = three()
print(list(iter(g.__next__, 3)))
print(list(g))

# a generator passed to a function expecting an iterator protocol implementation
def manual_loop(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_loop(three()), manual_loop(Range3(0, 3)))

# __iter__ returning a generator from a closure stored on the instance
class Lazy:
    def __init__(self, data):
        self._make = lambda: (x.upper() for x in data)
    def __iter__(self):
        return self._make()
print(list(Lazy("abc")), list(Lazy(["x", "y"])))

# __getitem__-based iteration vs generator __iter__: __iter__ wins
class Both:
    def __getitem__(self, i):
        if i < 2:
            return "getitem %d" % i
        raise IndexError
    def __iter__(self):
        yield "from __iter__"
print(list(Both()))
