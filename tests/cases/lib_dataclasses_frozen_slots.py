# Frozen dataclasses (FrozenInstanceError, hashing, set/dict use), slots=True dataclasses,
# unsafe_hash, eq=False, field(init=False), custom __repr__ kept, inheritance of frozen.
import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return dataclasses.replace(self, lat=self.lat + dlat, lon=self.lon + dlon)

    @property
    def quadrant(self):
        return ("N" if self.lat >= 0 else "S") + ("E" if self.lon >= 0 else "W")


c = Coord(10.5, -3.25)
print(c, c.quadrant, hash(c) == hash(Coord(10.5, -3.25)))
try:
    c.lat = 0.0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
d = c.moved(-20, 10)
print(d, d.quadrant, c)
seen = {c, d, Coord(10.5, -3.25)}
print(len(seen), sorted([str(x) for x in seen]))
lookup = {Coord(0, 0): "origin", c: "home"}
print(lookup[Coord(10.5, -3.25)], lookup.get(Coord(0.0, 0.0)))


@dataclass(frozen=True)
class Coord3(Coord):
    alt: float = 0.0

    def __str__(self):
        return "(%g, %g, %g)" % (self.lat, self.lon, self.alt)


c3 = Coord3(1, 2, 3)
print(c3, str(c3), c3.quadrant, c3 == Coord3(1, 2, 3), c3 == Coord(1, 2))
try:
    c3.alt = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thawed(Coord):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class Particle:
    x: float
    y: float
    mass: float = 1.0
    history: list = field(default_factory=list)

    def step(self, dx, dy):
        self.history.append((self.x, self.y))
        self.x += dx
        self.y += dy
        return self


p = Particle(0.0, 0.0)
p.step(1, 2).step(0.5, 0.5)
print(p, Particle.__slots__, hasattr(p, "__dict__"))
try:
    p.charge = 1
except AttributeError as e:
    print("AttributeError:", e)
print(dataclasses.astuple(p), dataclasses.asdict(p)["history"])


@dataclass(frozen=True, slots=True)
class Key:
    ns: str
    ident: int


k = Key("user", 42)
print(k, hash(k) == hash(Key("user", 42)), Key.__slots__)
try:
    k.ident = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: int = field(default=0, hash=False, compare=False)


t1, t2 = Tagged("a", 1), Tagged("a", 99)
print(t1 == t2, hash(t1) == hash(t2), len({t1, t2}))
t1.weight = 7
print(t1)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)
    size: int = field(init=False, default=0)

    def add(self, *nodes):
        self.children.extend(nodes)
        self.size = len(self.children)
        return self

    def __repr__(self):
        return "Node<%d:%d>" % (self.value, self.size)


n = Node(1).add(Node(2), Node(3).add(Node(4)))
print(n, n.children, n == Node(1), n == n, Node.__hash__ is object.__hash__)


@dataclass
class Unhashable:
    v: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)
print([f.name for f in dataclasses.fields(Node) if f.init], dataclasses.fields(Node)[2].default)
