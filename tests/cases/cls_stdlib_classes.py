# Classes built by standard-library machinery from class statements: dataclasses, enum,
# typing.NamedTuple/TypedDict/Generic/Protocol — all driven by the class body's namespace.
import dataclasses
import enum
import typing


@dataclasses.dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)

    def total(self, price):
        return self.qty * price


i = Item("bolt", 3)
print(i, i.total(2), Item("nut") > i, dataclasses.asdict(i), [f.name for f in dataclasses.fields(Item)])
print(Item("a", 1, ["x"]) == Item("a", 1, ["y"]), sorted([Item("b", 2), Item("a", 5), Item("a", 1)]))
print(dataclasses.replace(i, qty=10), Item.__match_args__ if hasattr(Item, "__match_args__") else None)


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("negative x")

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1, hash(p) == hash(Point(3, -4)), {p: 1}[Point(3, -4)])
try:
    p.x = 1
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Point(-1)
except ValueError as e:
    print("ValueError:", e)


@dataclasses.dataclass
class Base:
    id: int
    label: str = "base"


@dataclasses.dataclass
class Derived(Base):
    extra: float = 1.5
    items: dict = dataclasses.field(default_factory=dict, repr=False)

    def describe(self):
        return f"{self.label}#{self.id}+{self.extra}"


d = Derived(7, extra=2.0)
print(d, d.describe(), dataclasses.astuple(d), dataclasses.is_dataclass(d))
try:
    @dataclasses.dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclasses.dataclass(slots=True, kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080


cfg = Config(port=1)
print(cfg, Config.__slots__, hasattr(cfg, "__dict__"))


class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
    BLUE = "b"

    def describe(self):
        return f"{self.name}={self.value!r}"

    @classmethod
    def first(cls):
        return list(cls)[0]


print(list(Color), Color.GREEN.describe(), Color.first(), Color(1), Color["BLUE"], Color.RED in Color)


class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([(pl.name, round(pl.gravity, 2)) for pl in Planet])


class Coord(bytes, enum.Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)


class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404

    def describe(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"


print(Status(404).describe(), Status.OK + 1, sorted(Status, reverse=True))


class Shape(enum.Enum):
    _ignore_ = ["tmp"]
    SQUARE = 2
    tmp = 5
    CIRCLE = 3
    ALIAS = 2


print(list(Shape), Shape.ALIAS, list(Shape.__members__))


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


print(Perm.R | Perm.W, Perm(5), Perm.W in (Perm.R | Perm.W), list(Perm))


class Employee(typing.NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)


e = Employee("ann")
print(e, e.promote(), Employee._fields, Employee._field_defaults, e[0], len(e))


class Movie(typing.TypedDict, total=False):
    title: str
    year: int


print(Movie(title="x"), sorted(Movie.__optional_keys__))

T = typing.TypeVar("T")


class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self


print(Stack[int]().push(1).push(2).items, Stack.__parameters__, typing.get_type_hints(Stack.push))


@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        return None


print(isinstance(Resource(), Closable), isinstance(1, Closable))
