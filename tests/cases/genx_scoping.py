# Generator expression scoping: eager first iterable, lazy later ones, no leaking, class bodies, late binding.
log = []


def src(name, items):
    log.append("eval " + name)
    return items


# The first iterable is evaluated (and iter() called) at creation time.
g = (x * 2 for x in src("first", [1, 2, 3]))
print("created", log)
print(list(g), log)
log.clear()

# Later iterables are evaluated lazily, once per outer element.
g = (x + y for x in src("outer", [10, 20]) for y in src("inner", [1, 2]))
print("created", log)
print(next(g), log)
print(list(g), log)
log.clear()


# Errors in the first iterable are raised immediately.
def bad_first():
    raise ValueError("first iterable failed")


try:
    g = (x for x in bad_first())
    print("not reached")
except ValueError as e:
    print("immediate:", e)

try:
    g = (x for x in 42)
    print("not reached")
except TypeError as e:
    print("immediate:", e)

# Errors in a later iterable only appear when consumed.
g = (x + y for x in [1, 2] for y in bad_first())
print("created lazily failing genexp")
try:
    next(g)
except ValueError as e:
    print("lazy:", e)
print("after failure:", next(g, "exhausted"))

g = (y for x in [1] for y in x)
try:
    list(g)
except TypeError as e:
    print("lazy type:", e)

# Errors in the element expression / condition only appear when consumed.
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("element:", e)

# Loop variables do not leak.
x = "outer x"
y = "outer y"
total = sum(x * y for x in range(4) for y in range(3))
print(total, x, y)


def no_leak():
    g = list(i for i in range(3))
    try:
        return i  # noqa: F821
    except NameError as e:
        return "NameError: " + str(e), g


print(no_leak())

# The first iterable is evaluated in the enclosing scope; the name can be rebound later.
data = [1, 2, 3]
g = (d * 10 for d in data)
data = [100]
print(list(g))

# A genexp sees the enclosing variable at the time it runs (late binding for later clauses).
limit = 2
g = (a for a in range(5) if a < limit)
limit = 4
print(list(g))


# Class body: the first iterable sees class variables, the rest does not.
class C:
    items = [1, 2, 3]
    factor = 10
    doubled = list(i * 2 for i in items)
    try:
        scaled = list(i * factor for i in items)
    except NameError as e:
        scaled = "NameError: " + str(e)
    try:
        pairs = list((i, j) for i in items for j in items)
    except NameError as e:
        pairs = "NameError: " + str(e)


print(C.doubled)
print(C.scaled)
print(C.pairs)

factor = "global factor"


class D:
    factor = 3
    vals = list(str(i) + factor for i in "ab")


print(D.vals)

# Capturing the loop variable: closures made inside genexps are late-binding.
fs = list(lambda: i for i in range(3))
print([f() for f in fs])
fs = list(lambda i=i: i for i in range(3))
print([f() for f in fs])


# Genexps created in a loop each capture the enclosing loop variable's cell.
def make_gens():
    gens = []
    for k in range(3):
        gens.append(k * v for v in range(2))
    return gens


print([list(g) for g in make_gens()])


def make_gens_bound():
    gens = []
    for k in range(3):
        gens.append((lambda k: (k * v for v in range(2)))(k))
    return gens


print([list(g) for g in make_gens_bound()])

# Nested genexps.
print(list(list(c * n for c in "ab") for n in range(1, 4)))
print(sum(sum(i * j for j in range(i)) for i in range(6)))
nested = ((i, (j for j in range(i))) for i in range(3))
for i, inner in nested:
    print(i, tuple(inner))

# Multiple for/if clauses.
g = (
    (a, b, c)
    for a in range(1, 12)
    if a % 2
    for b in range(a, 20)
    if (a + b) % 7 == 0
    for c in range(b, 30)
    if a * a + b * b == c * c
)
print(list(g))
print(list(w for w in "the quick brown fox".split() if len(w) > 3 if "o" in w))


# Genexp as the sole argument.
def show(it):
    return "|".join(str(v) for v in it)


print(show(x for x in range(5)))
print(show(x for x in "abc" if x != "b"))
print(max(len(s) for s in ["a", "abc", "ab"]))


# Genexp inside a function referencing function locals and parameters.
def scaled(values, k):
    offset = 1
    return list(v * k + offset for v in values)


print(scaled([1, 2, 3], 5))


# Genexp referencing a nonlocal that changes between next() calls.
def counter_gen():
    step = 1
    g = (i * step for i in range(4))
    out = [next(g)]
    step = 10
    out.append(next(g))
    step = 100
    out.extend(g)
    return out


print(counter_gen())


# Walrus inside a genexp binds in the enclosing function scope.
def walrus():
    last = None
    total = sum((last := v) for v in [3, 4, 5])
    return total, last


print(walrus())

# Unpacking targets in genexps.
print(list(a + b for a, b in [(1, 2), (3, 4)]))
print(list(f"{k}={v}" for k, (v, _) in zip("xy", [(1, 0), (2, 0)])))
print(list(h for h, *t in ["abc", "de"]))
