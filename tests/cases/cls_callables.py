# Callables: __call__, functools.partial of methods, bound method identity/equality, __func__.
import functools


class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale if rest else x * self.k * scale


m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, scale=10), m.calls, callable(m), callable(Multiplier))
print(list(map(m, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))


class Greeter:
    greeting = "hi"

    def greet(self, name, punct="!"):
        return f"{self.greeting} {name}{punct}"

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)

    @staticmethod
    def sm(x):
        return x * 2


g = Greeter()
g2 = Greeter()
b1, b2 = g.greet, g.greet
print(b1 is b2, b1 == b2, g.greet == g2.greet, hash(b1) == hash(b2))
print(b1.__self__ is g, b1.__func__ is Greeter.greet, b1.__name__, b1.__qualname__)
print(Greeter.cm == Greeter.cm, Greeter.cm.__self__ is Greeter, Greeter.sm is Greeter.sm, g.sm is Greeter.sm)

p = functools.partial(g.greet, punct="?")
print(p("ann"), p.func == g.greet, p.args, p.keywords)
p2 = functools.partial(Greeter.greet, g2, "bob")
g2.greeting = "yo"
print(p2(), p2(punct="."))


class Pm:
    def action(self, verb, obj):
        return f"{type(self).__name__} {verb}s {obj}"

    eat = functools.partialmethod(action, "eat")
    drink = functools.partialmethod(action, "drink", "water")


print(Pm().eat("apple"), Pm().drink())

# calling through the class with explicit self, and unbound errors
print(Greeter.greet(g, "cy"))
try:
    Greeter.greet("just-one")
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)


# methods stored in containers and called later
ops = [g.greet, Greeter.cm, Greeter.sm, Multiplier(2), len, lambda s: s[::-1]]
print([f("xy") for f in ops])

# functions as class attributes become methods; builtins do not
def external(self, y):
    return ("external", type(self).__name__, y)


class Host:
    ext = external
    blt = len
    lam = lambda self: "lam"


h = Host()
print(h.ext(1), Host.blt("four"), h.lam(), Host.ext(h, 2))
try:
    h.blt()
except TypeError as e:
    print("TypeError:", e)

# callable instance as method: no binding
class Adder:
    def __call__(self, *args):
        return ("Adder", len(args))


class UsesAdder:
    add = Adder()


print(UsesAdder().add(1, 2))

# __call__ defined on the class after creation, and on the instance (ignored)
class Late:
    pass


late = Late()
late.__call__ = lambda: "instance"
try:
    late()
except TypeError as e:
    print("TypeError:", e)
Late.__call__ = lambda self: "class"
print(late())

# recursion via __call__
class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)


print(Fact()(10), Fact()(25))

# method wrappers and bound builtin methods
print([].append.__self__, "abc".upper.__name__, type(g.__init__).__name__)
bm = g.greet
del g
print(bm("still bound"))

# functools.wraps on methods
def traced(fn):
    @functools.wraps(fn)
    def wrapper(self, *a, **k):
        print("  calling", fn.__qualname__, a)
        return fn(self, *a, **k)
    return wrapper


class Traced:
    @traced
    def work(self, x):
        "Do work."
        return x + 1


print(Traced().work(41), Traced.work.__name__, Traced.work.__doc__, Traced.work.__wrapped__.__qualname__)
