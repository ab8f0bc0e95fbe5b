# Laziness and evaluation order of generator expressions and generators, reuse and mutation while iterating.
trace = []


def t(tag, value):
    trace.append(tag)
    print("   eval", tag)
    return value


class Seq:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __iter__(self):
        print("   iter", self.name)
        for item in self.items:
            print("   next", self.name, "->", item)
            yield item
        print("   done", self.name)


print("create")
g = (t(f"elem{x}{y}", x * y) for x in Seq("A", [1, 2]) if t(f"cond{x}", True) for y in Seq("B", [3, 4]))
print("first next")
print(" ->", next(g))
print("rest")
for v in g:
    print(" ->", v)
print("trace:", trace)

# Nothing in the element or condition runs before iteration.
trace.clear()
g = (t("elem", 1) for _ in range(3) if t("cond", False))
print("created, trace:", trace)
print(list(g), trace)

# A genexp can only be consumed once.
squares = (n * n for n in range(4))
print("first pass:", list(squares))
print("second pass:", list(squares))
for s in squares:
    print("never")


# A generator function called twice gives two independent generators.
def countdown(n):
    print("   countdown starts at", n)
    while n > 0:
        yield n
        n -= 1
    print("   countdown done")


c1 = countdown(3)
c2 = countdown(2)
print("no body run yet")
print(next(c1), next(c2), next(c1), next(c2), next(c1))
print(list(c2), list(c1))

# Interleaving two genexps over the same iterator.
it = iter(range(10))
evens = (x for x in it if x % 2 == 0)
odds = (x for x in it if x % 2 == 1)
print(next(evens), next(odds), next(evens), next(odds))
print(list(zip(evens, odds)))

# A genexp over a list that is mutated while it is consumed.
items = [1, 2, 3]
g = (x * 10 for x in items)
items.append(4)
print(next(g))
items.append(5)
items[2] = 33
print(list(g))

# Appending while iterating (bounded).
items = [1]
g = (x for x in items)
for x in g:
    if x < 5:
        items.append(x + 1)
    print("saw", x)
print(items)

# Removing while iterating skips elements, as with a plain for loop.
items = list(range(8))
g = (x for x in items)
for x in g:
    if x % 2 == 0:
        items.remove(x)
print(items)

# Rebinding the name the first iterable came from does not matter; mutating the object does.
d = {"a": 1, "b": 2}
g = (k for k in d)
print(next(g))
d["c"] = 3
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

# A genexp referencing a variable that is reassigned after creation.
base = 100
g = (base + i for i in range(3))
print(next(g))
base = 200
print(next(g))
base = 300
print(list(g))


# Evaluation order inside yield expressions and generator arguments.
def ordered():
    a = yield t("y1", 1)
    print("   got", a)
    b = yield t("y2", a + 1)
    print("   got", b)
    yield t("y3", [a, b])


trace.clear()
o = ordered()
print(next(o))
print(o.send(10))
print(o.send(20))
print(trace)


# Pipelines: each stage pulls one item at a time.
def stage(name, source):
    for item in source:
        print(f"   {name} got {item}")
        yield item + 1


pipe = stage("s3", stage("s2", stage("s1", iter([0, 10]))))
print("pipeline built")
for out in pipe:
    print(" out", out)

# Generator expressions chained lazily.
lines = ["# comment", "x = 1", "", "y = 2  ", "# other", "z=3"]
stripped = (line.strip() for line in lines)
nonblank = (line for line in stripped if line)
code = (line for line in nonblank if not line.startswith("#"))
print("chained:", next(code))
print("remaining stripped:", list(stripped))
print("code after stripped drained:", list(code))


# A generator that yields the same mutable object each time.
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield buf


print(list(window(range(5), 3)))
print([list(w) for w in window(range(5), 3)])
print([tuple(w) for w in window(range(5), 3)])


# Infinite source consumed partially then dropped.
def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("   naturals closed at", n)


g = (n * n for n in naturals())
print([next(g) for _ in range(4)])
del g
print("after del")
