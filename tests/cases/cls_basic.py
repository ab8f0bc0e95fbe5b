# Classes: class vs instance attributes, methods, shadowing, __dict__, docstrings, __qualname__.
class Counter:
    """Counts things."""
    total = 0
    names = []

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.total += 1
        self.names.append(name)

    def inc(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value

    def __repr__(self):
        return f"Counter({self.name!r}, {self.value})"


a = Counter("a")
b = Counter("b", 10)
print(a, b, Counter.total, Counter.names)
a.inc().inc(5)
print(a.get(), b.inc(2).get())
print(Counter.__doc__, Counter.__name__, Counter.__qualname__, Counter.__module__)
print(sorted(list(a.__dict__)))
print([k for k in Counter.__dict__ if not k.startswith("__")])
# shadow a class attribute with an instance attribute
a.total = 99
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
# methods are functions in the class dict and bound methods on instances
m = a.inc
print(type(m).__name__, m.__self__ is a, m.__func__ is Counter.inc)
print(Counter.inc(b, 100).get())
print(Counter.inc.__name__, Counter.inc.__qualname__)
# class attribute mutation through the class is visible from instances
Counter.extra = "shared"
print(a.extra, b.extra)
b.extra = "own"
print(a.extra, b.extra, Counter.extra)
# getattr / setattr / hasattr / delattr
setattr(a, "dyn", [1, 2])
print(getattr(a, "dyn"), hasattr(a, "nope"), getattr(a, "nope", "default"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nope
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    pass


e = Empty()
e.x = 1
print(type(e).__name__, e.x, Empty.__bases__, Empty.__mro__)
print(isinstance(e, Empty), isinstance(e, object), issubclass(Empty, object))


class WithBody:
    x = 1
    y = x + 1
    z = [x, y]
    if y > 1:
        big = True
    else:
        big = False
    for i in range(3):
        x += i
    del i
    def method(self):
        return (self.x, self.y, self.z, self.big)


print(WithBody().method(), hasattr(WithBody, "i"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def dist2(self, other=None):
        other = other or Point(0, 0)
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


p = Point(1, 2)
q = p.move(3, 4)
print(p, q, p == Point(1, 2), p != q, p == 3, q.dist2(), q.dist2(p))
pts = [Point(i, i * i) for i in range(4)]
print(pts, sorted(pts, key=Point.dist2, reverse=True))
print(Point.__init__.__code__.co_varnames[:3], Point.move.__defaults__, Point.dist2.__defaults__)
