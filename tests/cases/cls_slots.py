# __slots__: fixed attributes, AttributeError texts, __dict__/__weakref__ in slots, inheritance.
import weakref


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = P(1, 2)
print(p, P.__slots__, hasattr(p, "__dict__"), type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)


# slots with a class attribute of the same name is an error
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


# subclass without __slots__ gets a __dict__
class Q(P):
    pass


q = Q(3, 4)
q.extra = "ok"
print(q, q.extra, q.__dict__)


# subclass with its own slots
class R(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"R({self.x}, {self.y}, {self.z})"


r = R(1, 2, 3)
print(r, hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)


# __dict__ and __weakref__ in slots
class D:
    __slots__ = ("a", "__dict__", "__weakref__")


d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__, weakref.ref(d)() is d)


# string as __slots__ means a single slot
class S:
    __slots__ = "only"


s = S()
s.only = "yes"
print(s.only, S.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)


# private names in slots are mangled
class M:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = 42
        self.public = 1

    def reveal(self):
        return self.__secret


m = M()
print(m.reveal(), M.__slots__, sorted([k for k in dir(M) if "secret" in k]))
print(m._M__secret)


# slots with default values via class-level descriptors and __init__
class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, *vals):
        for name, v in zip(self.__slots__, vals):
            setattr(self, name, v)

    def present(self):
        return [n for n in self.__slots__ if hasattr(self, n)]


v = Vec(1, 2)
print(v.present(), v.x, v.y)
try:
    print(v.z)
except AttributeError as e:
    print("AttributeError:", e)


# invalid slot names
try:
    class BadSlot:
        __slots__ = ("ok", "not valid")
except TypeError as e:
    print("TypeError:", e)
try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)


# __dict__ slot twice
try:
    class DoubleDict(D):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)


# slot descriptors on the class
print(P.x.__name__, P.x.__objclass__.__name__, P.y.__get__(p, P))
P.y.__set__(p, 99)
print(p)


# multiple inheritance with non-empty slots layout conflict
class L1:
    __slots__ = ("a",)


class L2:
    __slots__ = ("b",)


try:
    class L3(L1, L2):
        pass
except TypeError as e:
    print("TypeError:", e)


# empty slots combine fine
class E1:
    __slots__ = ()


class E2:
    __slots__ = ()


class E3(E1, E2, L1):
    __slots__ = ("c",)


e3 = E3()
e3.a = 1
e3.c = 3
print(e3.a, e3.c, hasattr(e3, "__dict__"))
