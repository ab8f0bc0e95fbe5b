# abc: abstract methods/properties/classmethods, instantiation errors, register, __subclasshook__.
import abc
from collections.abc import Iterable, MutableSequence, Sized


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        """Area of the shape."""

    @abc.abstractmethod
    def perimeter(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f} {self.unit()}"


print(sorted(Shape.__abstractmethods__))
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Partial(Shape):
    def area(self):
        return 0


print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Circle(Partial):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def perimeter(self):
        return 2 * 3.14159 * self.r

    @property
    def name(self):
        return "circle"

    @classmethod
    def unit(cls):
        return "cm"


print(Circle(2).describe(), Circle.__abstractmethods__, isinstance(Circle(1), Shape))
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Circle.area, "__isabstractmethod__", False))


# super() calls into an abstract method's default implementation
class Base(abc.ABC):
    @abc.abstractmethod
    def greet(self):
        return "base greeting"


class Impl(Base):
    def greet(self):
        return "impl + " + super().greet()


print(Impl().greet())


# ABCMeta directly, register(), virtual subclasses
class Plugin(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        ...


class External:
    def run(self):
        return "external run"


Plugin.register(External)
print(issubclass(External, Plugin), isinstance(External(), Plugin), External in Plugin.__subclasses__())


@Plugin.register
class Decorated:
    pass


print(issubclass(Decorated, Plugin), Decorated.__name__)


# __subclasshook__
class HasClose(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasClose:
            return hasattr(C, "close")
        return NotImplemented


class File:
    def close(self):
        pass


print(issubclass(File, HasClose), issubclass(int, HasClose), isinstance(File(), HasClose))


# collections.abc mixins
class Deck(MutableSequence):
    def __init__(self, cards=()):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __setitem__(self, i, v):
        self._cards[i] = v

    def __delitem__(self, i):
        del self._cards[i]

    def __len__(self):
        return len(self._cards)

    def insert(self, i, v):
        self._cards.insert(i, v)

    def __repr__(self):
        return f"Deck({self._cards})"


d = Deck("abc")
d.append("d")
d.extend("ef")
d.reverse()
d.remove("c")
print(d, d.index("a"), d.count("b"), "e" in d, list(reversed(d)), d.pop(), d.pop(0), d)
d += ["z"]
print(d, isinstance(d, Iterable), isinstance(d, Sized), len(d))


class Incomplete(MutableSequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


# abstractmethods added after class creation are not picked up without update_abstractmethods
class Later(abc.ABC):
    pass


def late(self):
    ...


Later.late = abc.abstractmethod(late)
print(Later() is not None, sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print("TypeError:", e)
