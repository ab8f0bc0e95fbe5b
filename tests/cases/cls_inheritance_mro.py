# Inheritance: diamond MRO, cooperative __init__ with super(), method resolution, MRO errors.
log = []


class Base:
    def __init__(self, **kw):
        log.append(("Base", sorted(kw)))
        self.kw = kw

    def who(self):
        return ["Base"]

    def describe(self):
        return "/".join(self.who())


class Left(Base):
    def __init__(self, left=0, **kw):
        log.append(("Left", left))
        self.left = left
        super().__init__(**kw)

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self, right=0, **kw):
        log.append(("Right", right))
        self.right = right
        super().__init__(**kw)

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self, **kw):
        log.append(("Bottom", len(kw)))
        super().__init__(**kw)

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom(left=1, right=2, extra=3)
print(log)
print(b.left, b.right, b.kw)
print(b.describe())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
print(Bottom.__bases__ == (Left, Right), Left.__base__ is Base)
print(isinstance(b, Right), issubclass(Bottom, Base), issubclass(Base, Bottom))
print(sorted([c.__name__ for c in Base.__subclasses__()]))


# classic C3 example
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


print([k.__name__ for k in A.__mro__])

# inconsistent MRO
try:
    class Bad(O, F):
        pass
except TypeError as e:
    print("TypeError:", e)

# duplicate base
try:
    class Dup(O, O):
        pass
except TypeError as e:
    print("TypeError:", e)


# method overriding and explicit base-class calls
class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError(type(self).__name__)

    def summary(self):
        return f"{type(self).__name__}: sides={self.sides} area={self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)

    def summary(self):
        return "[" + Shape.summary(self) + "]"


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return 0.5 * self.b * self.h


for s in [Rect(2, 3), Square(4), Tri(3, 5)]:
    print(s.summary())
try:
    Shape().summary()
except NotImplementedError as e:
    print("NotImplementedError:", e)


# attribute lookup goes through the MRO, class attributes inherited and overridden
class P1:
    tag = "p1"
    only1 = 1


class P2:
    tag = "p2"
    only2 = 2


class Kid(P1, P2):
    pass


k = Kid()
print(k.tag, k.only1, k.only2)
P1.tag = "changed"
print(k.tag)
del P1.tag
print(k.tag)


# inheriting from object explicitly and from a class defined later via variable
def make_base(n):
    class Dyn:
        num = n
    return Dyn


class Child(make_base(5)):
    pass


print(Child.num, Child.__base__.__name__, Child.__base__.__qualname__)
