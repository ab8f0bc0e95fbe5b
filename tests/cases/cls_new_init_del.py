# __new__/__init__ interplay, __init__ skipped, __del__ ordering under reference counting.
class Tracker:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __del__(self):
        print("del", self.name)


def scope():
    a = Tracker("a")
    b = Tracker("b")
    Tracker("temp")
    print("body")
    a = Tracker("a2")
    print("rebound a")
    return b


kept = scope()
print("after scope, kept", kept.name)
kept = None
print("kept cleared")

items = [Tracker(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items.clear()
print("cleared list")

d = {"k": Tracker("dictval")}
d["k"] = Tracker("replacement")
print("replaced")
del d
print("deleted dict")


# __new__ returning an instance of another class: __init__ not called
class Other:
    def __init__(self, *a):
        print("Other.__init__ (should not run from Weird)", a)


class Weird:
    def __new__(cls, kind):
        print("Weird.__new__", kind)
        if kind == "other":
            return Other.__new__(Other)
        if kind == "int":
            return 7
        if kind == "none":
            return None
        return super().__new__(cls)

    def __init__(self, kind):
        print("Weird.__init__", kind)
        self.kind = kind


for kind in ["self", "other", "int", "none"]:
    obj = Weird(kind)
    print(" ->", type(obj).__name__)


# __new__ returning a subclass instance: __init__ IS called
class Shape:
    def __new__(cls, sides):
        if cls is Shape:
            cls = {3: Triangle, 4: Square}.get(sides, Shape)
        return super().__new__(cls)

    def __init__(self, sides):
        self.sides = sides
        print("Shape.__init__", type(self).__name__, sides)


class Triangle(Shape):
    pass


class Square(Shape):
    pass


print([type(Shape(n)).__name__ for n in (3, 4, 5)])


# object.__new__ argument checking
class NoInit:
    pass


class OnlyInit:
    def __init__(self, x):
        self.x = x


class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o


print(OnlyInit(1).x, OnlyNew(2).x)
for call in [lambda: NoInit(1), lambda: NoInit(a=1), lambda: object.__new__(OnlyInit, 1)]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


# __init__ returning a value
class BadInit:
    def __init__(self):
        return "nope"


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


# singleton / interning with __new__
class Interned:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst

    def __init__(self, key):
        print("init runs again for", key)
        self.key = key


x1, x2 = Interned("x"), Interned("x")
print(x1 is x2, len(Interned._cache))


# __del__ with cycles: collected by gc, after explicit collect
import gc


class Cyclic:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del cyclic", self.name)


def make_cycle():
    p, q = Cyclic("p"), Cyclic("q")
    p.other, q.other = q, p


gc.disable()
make_cycle()
print("cycle unreachable")
print("gc found", gc.collect() >= 2)
gc.enable()


# resurrection-free __del__ that accesses attributes; exceptions inside __init__
class Partial:
    def __init__(self, fail):
        self.ready = False
        if fail:
            raise ValueError("init failed")
        self.ready = True

    def __del__(self):
        print("del Partial ready =", self.ready)


# (the half-built instance lives as long as the traceback; only print once it is gone)
try:
    Partial(True)
except ValueError as e:
    msg = str(e)
print("ValueError:", msg)
Partial(False)
print("end of program")
last = Tracker("module-level")
