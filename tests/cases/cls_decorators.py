# Class decorators: registering, adding methods, wrapping, replacing the class, order of application.
import functools

REGISTRY = {}
order = []


def register(name=None):
    def deco(cls):
        order.append(f"register({name}) on {cls.__name__}")
        REGISTRY[name or cls.__name__.lower()] = cls
        return cls
    return deco


def add_repr(cls):
    order.append(f"add_repr on {cls.__name__}")
    fields = [k for k in cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]]

    def __repr__(self):
        inner = ", ".join([f"{f}={getattr(self, f)!r}" for f in fields])
        return f"{type(self).__name__}({inner})"

    cls.__repr__ = __repr__
    cls.fields = fields
    return cls


def add_eq(cls):
    order.append(f"add_eq on {cls.__name__}")

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all([getattr(self, f) == getattr(other, f) for f in self.fields])

    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


@register("pt")
@add_eq
@add_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


print(order)
print(Point(1, 2), Point(1) == Point(1, 0), Point(1) == Point(2), REGISTRY["pt"] is Point, Point.fields)


# decorator replacing the class with an instance (singleton)
def instance(cls):
    return cls()


@instance
class settings:
    debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(type(settings).__name__, settings.toggle(), settings.toggle())


# decorator returning a subclass with wrapped methods
def logged(cls):
    class Wrapped(cls):
        def __getattribute__(self, name):
            attr = super().__getattribute__(name)
            if callable(attr) and not name.startswith("__"):
                @functools.wraps(attr)
                def wrapper(*a, **k):
                    print(f"  -> {cls.__name__}.{name}{a}")
                    return attr(*a, **k)
                return wrapper
            return attr
    Wrapped.__name__ = cls.__name__
    Wrapped.__qualname__ = cls.__qualname__
    return Wrapped


@logged
class Calc:
    def add(self, a, b):
        return a + b

    def twice(self, a):
        return self.add(a, a)


c = Calc()
print(c.twice(4), type(c).__name__, [k.__name__ for k in type(c).__mro__])


# method decorators inside the class body using class-local helpers
class Router:
    routes = {}

    def route(path, routes=routes):
        def deco(fn):
            routes[path] = fn.__name__
            return fn
        return deco

    @route("/")
    def index(self):
        return "index"

    @route("/about")
    def about(self):
        return "about"

    del route


print(Router.routes, hasattr(Router, "route"))


# stacked decorators with arguments evaluated top-down, applied bottom-up
def tag(label):
    order.append(f"eval tag({label})")

    def deco(obj):
        order.append(f"apply tag({label})")
        obj.tags = getattr(obj, "tags", ()) + (label,)
        return obj
    return deco


order.clear()


@tag("outer")
@tag("middle")
@tag("inner")
class Tagged:
    @tag("m-outer")
    @tag("m-inner")
    def method(self):
        return 1


print(order)
print(Tagged.tags, Tagged.method.tags)


# dataclass-like decorator using __annotations__ and setattr of generated functions
def simple_dataclass(cls):
    names = list(cls.__dict__.get("__annotations__", {}))
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}

    def __init__(self, *args, **kw):
        for name, val in zip(names, args):
            setattr(self, name, val)
        for name in names[len(args):]:
            setattr(self, name, kw.pop(name) if name in kw else defaults[name])
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")

    cls.__init__ = __init__
    cls.__repr__ = lambda self: f"{cls.__name__}(" + ", ".join([f"{n}={getattr(self, n)!r}" for n in names]) + ")"
    return cls


@simple_dataclass
class Item:
    name: str
    qty: int = 1
    price: float = 0.0


print(Item("pen"), Item("ink", 3, price=2.5))
try:
    Item("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except KeyError as e:
    print("KeyError:", e)


# functools.total_ordering + a decorator that counts instances via __init__ wrapping
def counted(cls):
    orig = cls.__init__

    @functools.wraps(orig)
    def __init__(self, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        orig(self, *a, **k)

    cls.__init__ = __init__
    return cls


@counted
@functools.total_ordering
class Version:
    def __init__(self, major, minor=0):
        self.t = (major, minor)

    def __eq__(self, o):
        return self.t == o.t

    def __lt__(self, o):
        return self.t < o.t


vs = [Version(1, 2), Version(1), Version(0, 9)]
print(Version.count, [v.t for v in sorted(vs)], Version(2) >= Version(1, 9), Version.__init__.__name__)
