# typing.Generic/TypeVar classes (subscription, __orig_bases__, __parameters__,
# generic subclassing, __class_getitem__), Protocol with runtime_checkable isinstance,
# get_type_hints on compiled classes, overload-free typed containers.
import typing
from typing import Generic, TypeVar, Protocol, runtime_checkable, Iterable, List, Optional, Dict

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self, items: Optional[Iterable[T]] = None) -> None:
        self._items: List[T] = list(items or [])

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return "%s(%r)" % (type(self).__name__, self._items)


s = Stack[int]([1, 2]).push(3)
print(s, len(s), s.pop(), s)
print(Stack[int], Stack[str].__origin__ is Stack, Stack.__parameters__, type(Stack[int]([])).__name__)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)


class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}

    def register(self, key: K, value: V) -> None:
        self._data[key] = value

    def lookup(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._data.get(key, default)


class NameRegistry(Registry[str, V]):
    def names(self) -> List[str]:
        return sorted(self._data)


nr = NameRegistry[int]()
nr.register("b", 2)
nr.register("a", 1)
print(nr.names(), nr.lookup("a"), nr.lookup("z", -1))
print(NameRegistry.__orig_bases__, NameRegistry.__parameters__, NameRegistry.__mro__[1].__name__)
print(typing.get_type_hints(Stack.push), typing.get_type_hints(Registry.lookup)["return"])


class Pair(Generic[T]):
    first: T
    second: T

    def __init__(self, a: T, b: T):
        self.first, self.second = a, b

    def swap(self) -> "Pair[T]":
        return Pair(self.second, self.first)


print(vars(Pair(1, 2).swap()), typing.get_type_hints(Pair), typing.get_args(Pair[str]), typing.get_origin(Pair[str]) is Pair)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class Square:
    def __init__(self, side):
        self.side = side
        self.name = "square"

    def area(self):
        return self.side ** 2


class Circle:
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Blob:
    pass


shapes = [Square(2), Circle(1), Blob(), 3]
print([isinstance(x, SupportsArea) for x in shapes], [isinstance(x, Named) for x in shapes])
print(issubclass(Square, SupportsArea), issubclass(Blob, SupportsArea))
print(sum([x.area() for x in shapes if isinstance(x, SupportsArea)]))
try:
    issubclass(Square, Named)
except TypeError as e:
    print("TypeError:", e)


class NotChecked(Protocol):
    def go(self) -> None: ...


try:
    isinstance(Square(1), NotChecked)
except TypeError as e:
    print("TypeError:", e)
try:
    SupportsArea()
except TypeError as e:
    print("TypeError:", e)


class ExplicitArea(SupportsArea):
    def __init__(self, v):
        self.v = v

    def area(self):
        return self.v


print(ExplicitArea(5).area(), isinstance(ExplicitArea(1), SupportsArea), ExplicitArea.__mro__[1].__name__)


class Box(Generic[T]):
    def __class_getitem__(cls, item):
        print("class_getitem", cls.__name__, item)
        return super().__class_getitem__(item)


print(Box[int], Box[List[str]])
print(typing.get_type_hints(Square.area), T.__name__, typing.TypeVar("U", bound=int).__bound__)
