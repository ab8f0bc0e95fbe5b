# Volume: a hundred thousand yields, thousands of simultaneously suspended generators, a 100-stage generator chain, generators holding cells shared with closures they yield, creation/destruction churn with gc.collect() in between.
import gc

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count_up(100000)))

gens = [count_up(i) for i in range(3000)]
total = 0
for rnd in range(3):
    for g in gens:
        total += next(g, 0)
print("round-robin total", total)
print(sum(len(list(g)) for g in gens))

def add_one(it):
    for v in it:
        yield v + 1
src = count_up(1000)
for _ in range(100):
    src = add_one(src)
print(sum(src))

# closures created in a generator share cells that the generator keeps changing
def closures():
    x = 0
    while x < 5:
        yield lambda: x
        x += 1
fs = []
for f in closures():
    fs.append(f)
    print("immediate", f(), end="; ")
print()
print("late", [f() for f in fs])

def closures_bound():
    for x in range(5):
        yield (lambda v: lambda: v)(x)
print("bound", [f() for f in closures_bound()])

# churn: create and drop many partially consumed generators with cycles
class Box:
    pass
def cyclic(box, n):
    box.me = None
    for i in range(n):
        yield i
finalized = 0
def tracked(n):
    global finalized
    try:
        yield from range(n)
    finally:
        finalized += 1
for i in range(2000):
    b = Box()
    b.g = cyclic(b, 5)
    next(b.g)
    t = tracked(3)
    next(t)
    del b, t
gc.collect()
print("finalized tracked generators", finalized)

# yield many distinct objects and keep them alive
objs = list((i, str(i), [i]) for i in range(20000))
print(len(objs), objs[-1], sum(o[0] for o in objs))

# nested generator expressions over generators
print(sum(x for x in (y * 2 for y in (z + 1 for z in count_up(30000)))))
