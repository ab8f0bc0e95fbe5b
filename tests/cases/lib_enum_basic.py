# enum with compiled classes: Enum/IntEnum, auto(), member methods and properties,
# classmethods, _missing_, iteration, __members__, aliases, @unique, functional API.
import enum
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

    def describe(self):
        return "%s is #%d" % (self.name.lower(), self.value)

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [m.describe() for m in Color])
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED.is_warm, Color.GREEN.is_warm, Color.parse("  green "))
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED in Color)
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: "r"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for pl in Planet:
    print(pl.name, pl.value, "%.2f" % pl.surface_gravity)
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.startswith(value.upper()):
                    return m
        return None


print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 10, Priority(3))
print(Priority("lo"), Priority("h"), sorted([Priority.HIGH, 0, Priority.LOW, 2]))
print(int(Priority.HIGH), "%d" % Priority.MEDIUM, str(Priority.HIGH), format(Priority.LOW))
try:
    Priority("zzz")
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "-" + str(count)

    CIRCLE = auto()
    SQUARE = auto()
    OTHER = "custom"


print([(s.name, s.value) for s in Shape])

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal.__name__)
Status = Enum("Status", [("OK", 200), ("NOT_FOUND", 404)])
print(Status(404), Status.OK.value, [s.name for s in Status])
Level = IntEnum("Level", {"DEBUG": 10, "INFO": 20})
print(Level.INFO > Level.DEBUG, Level(10), repr(Level.INFO))


class Base(Enum):
    def label(self):
        return "<%s.%s>" % (type(self).__name__, self.name)


class Sub(Base):
    X = 1
    Y = 2


print(Sub.X.label(), [m.label() for m in Sub], issubclass(Sub, Base))
try:
    class Sub2(Sub):
        Z = 3
except TypeError as e:
    print("TypeError:", e)
print(Color.RED.__class__ is Color, Color.__class__ is enum.EnumMeta, Color.RED == 1, Priority.LOW == 1)
