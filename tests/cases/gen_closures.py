# Generators and scopes: capturing closure variables, nonlocal rebinding seen between resumptions, generators assigning nonlocal/global, generators defined in loops (late binding), generator methods, staticmethod/classmethod generators, nested generator functions, cells of the generator itself.
def make_counter():
    count = 0
    def gen():
        while True:
            yield count
    def bump(n):
        nonlocal count
        count += n
    return gen(), bump

g, bump = make_counter()
print(next(g))
bump(5)
print(next(g))
bump(10)
print(next(g), next(g))

# the generator rebinds a nonlocal; the enclosing function sees it
def outer():
    state = "initial"
    def gen():
        nonlocal state
        for s in ("one", "two", "three"):
            state = s
            yield s
    def peek():
        return state
    return gen(), peek
g, peek = outer()
print(peek())
for x in g:
    print("yielded", x, "peek", peek())

# global rebinding from a generator
TOTAL = 0
def add_global(items):
    global TOTAL
    for it in items:
        TOTAL += it
        yield TOTAL
print(list(add_global([1, 2, 3])), TOTAL)

# generators created in a loop: late binding of the loop variable vs default args
gens = []
for i in range(3):
    def g_late():
        yield i
    def g_bound(i=i):
        yield i
    gens.append((g_late(), g_bound()))
print([(next(a), next(b)) for a, b in gens])

gens = [(lambda k: (k * j for j in range(3)))(k) for k in range(3)]
print([list(x) for x in gens])
late = [(k * j for j in range(2)) for k in range(3)]
print([list(x) for x in late])

# generator expression captures the first iterable eagerly, the rest lazily
n = 3
ge = (x * n for x in range(n))
n = 10
print(list(ge))

# closure variable modified inside the generator and read outside after each step
def running():
    history = []
    def gen():
        for v in "abc":
            history.append(v)
            yield len(history)
    return gen(), history
g, hist = running()
print(next(g), hist)
print(next(g), hist)
print(list(g), hist)

# a generator that captures itself via a cell
def self_aware():
    def gen():
        yield me.__name__
        yield me.gi_running
    me = gen()
    return me
print(list(self_aware()))

# methods, static methods, class methods
class Tree:
    kind = "tree"
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for it in self.items:
            yield it
    def pairs(self):
        for i, it in enumerate(self.items):
            yield i, it, self.kind
    @staticmethod
    def static_gen(n):
        yield from range(n)
    @classmethod
    def class_gen(cls, n):
        for i in range(n):
            yield cls.kind + str(i)
    @property
    def prop_gen(self):
        return (x.upper() for x in self.items)

class SubTree(Tree):
    kind = "sub"
    def pairs(self):
        for p in super().pairs():
            yield p + ("via super",)

t = Tree(["x", "y"])
print(list(t), list(t.pairs()), list(Tree.static_gen(3)), list(t.static_gen(2)))
print(list(Tree.class_gen(2)), list(SubTree.class_gen(2)), list(t.prop_gen))
s = SubTree(["z"])
print(list(s.pairs()), list(s))
print(t.pairs().__qualname__, Tree.static_gen(1).__qualname__, Tree.class_gen(1).__qualname__)

# __class__ cell in a generator method (zero-arg super)
class Base:
    def items(self):
        yield "base"
class Derived(Base):
    def items(self):
        yield "derived"
        yield from super().items()
        yield __class__.__name__
print(list(Derived().items()))

# nested generator functions sharing a variable
def pipeline_factory(factor):
    def source():
        for i in range(4):
            yield i
    def scale(src):
        for v in src:
            yield v * factor
    return scale(source())
print(list(pipeline_factory(3)))

# closure over a variable that changes after the generator is created but before it runs
def deferred():
    value = "before"
    g = (value for _ in range(1))
    def gf():
        yield value
    g2 = gf()
    value = "after"
    return list(g), list(g2)
print(deferred())

# deleting a captured variable before the generator reads it
def deleted():
    v = 1
    def gf():
        yield v
    g = gf()
    del v
    try:
        next(g)
    except NameError as e:
        return "NameError: " + str(e)
print(deleted())

# generator referencing its own enclosing function's argument defaults and kwargs
def kw_gen(*args, sep="-", **kwargs):
    def inner():
        for a in args:
            yield str(a) + sep + kwargs.get(str(a), "?")
    return inner()
print(list(kw_gen(1, 2, sep=":", **{"1": "one"})))

# class body scope is not visible in a generator defined in it
class Scoped:
    hidden = "class attr"
    def gen(self):
        try:
            yield hidden
        except NameError as e:
            yield "NameError: " + str(e)
    gen_expr = list(i for i in range(2))
print(list(Scoped().gen()), Scoped.gen_expr)
