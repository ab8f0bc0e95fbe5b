# dataclasses with compiled classes: defaults, default_factory, __post_init__, InitVar,
# asdict/astuple/replace, fields(), repr/eq, order=True sorting, kw_only, inheritance.
import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields
from typing import List, Dict, ClassVar


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass
class Order:
    order_id: int
    items: List[Item] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Order.count += 1
        self.meta["n"] = len(self.items)

    def total(self):
        return sum([i.total() for i in self.items])


a = Item("apple", 0.5, 4)
b = Item("bread", 2.25, tags=["bakery"])
print(a)
print(b, b.total(), a.total())
print(a == Item("apple", 0.5, 4), a == b, a != b)
o = Order(7, [a, b])
print(o, o.total(), o.meta, Order.count)
o2 = Order(8)
print(o2, o2.items is not o.items, Order.count)
print(asdict(o))
print(astuple(a))
c = replace(a, qty=10)
print(c, a.qty, c.total())
print([(f.name, f.type.__name__ if isinstance(f.type, type) else str(f.type)) for f in fields(Item)])
print([f.name for f in fields(o)], dataclasses.is_dataclass(o), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(3))
print(Item.__init__.__qualname__ if hasattr(Item.__init__, "__qualname__") else "?")


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return "%d.%d.%d%s" % (self.major, self.minor, self.patch, self.label)


vs = [Version(1, 2, 3), Version(0, 9), Version(1, 2, 0, "-rc"), Version(1, 10), Version(1, 2, 3, "-post")]
print([str(v) for v in sorted(vs)])
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 99, 99), max(vs), min(vs))
print(Version(1, 2, 3, "a") == Version(1, 2, 3, "b"))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Point:
    x: float
    y: float
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.x *= scale
        self.y *= scale


p = Point(1.0, 2.0, scale=3.0)
print(p, [f.name for f in fields(p)], hasattr(p, "scale"))


@dataclass
class Point3(Point):
    z: float = 0.0

    def norm2(self):
        return self.x ** 2 + self.y ** 2 + self.z ** 2


p3 = Point3(1.0, 1.0, 2.0, 5.0)
print(p3, p3.norm2(), isinstance(p3, Point), [f.name for f in fields(Point3)])


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


cfg = Config(host="localhost", debug=True)
print(cfg)
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int = 3


print(Mixed(1, c=9), Mixed(5))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
print(Item.__match_args__, Mixed.__match_args__, Item.__eq__ is not object.__eq__, Item.__hash__)
