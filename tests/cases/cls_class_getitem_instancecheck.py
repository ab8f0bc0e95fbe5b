# __class_getitem__, metaclass __instancecheck__/__subclasscheck__, __mro_entries__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox[str], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


# explicit classmethod is also fine
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Explicit[3])


# __getitem__ on the metaclass wins over __class_getitem__
class MetaGet(type):
    def __getitem__(cls, item):
        return f"MetaGet[{item}]"


class Both(metaclass=MetaGet):
    def __class_getitem__(cls, item):
        return "never"


print(Both[5])


# builtins and generic aliases
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int]([1, 2]))


# metaclass instance/subclass hooks
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return all([hasattr(obj, m) for m in cls.required])

    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return all([hasattr(sub, m) for m in cls.required])


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Dog:
    pass


print(isinstance(Duck(), Quacker), isinstance(Dog(), Quacker), issubclass(Duck, Quacker))
print(isinstance(Duck(), (int, Quacker)), issubclass(Dog, (Quacker, str)))
# an exact type match short-circuits __instancecheck__
q = Quacker()
print(isinstance(q, Quacker))

try:
    try:
        raise ValueError("x")
    except Quacker:
        print("caught by Quacker?")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


# __mro_entries__: non-class objects as bases
class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


class BaseFactory:
    def __init__(self, *extra):
        self.extra = extra

    def __mro_entries__(self, bases):
        print("  __mro_entries__ with", [type(b).__name__ for b in bases])
        return (Mixin,) + self.extra


class Extra:
    tag = "extra"


class Built(BaseFactory(Extra), dict):
    pass


print([c.__name__ for c in Built.__mro__], Built().hello(), Built.tag)
print([type(b).__name__ for b in Built.__orig_bases__], [c.__name__ for c in Built.__bases__])

# __mro_entries__ returning an empty tuple
class Vanishing:
    def __mro_entries__(self, bases):
        return ()


class OnlyObject(Vanishing()):
    pass


print(OnlyObject.__bases__, type(OnlyObject.__orig_bases__[0]).__name__)

# __mro_entries__ must return a tuple
class BadEntries:
    def __mro_entries__(self, bases):
        return [Mixin]


try:
    class Bad(BadEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)

# a non-class, non-mro-entries base
try:
    class Worse(42):
        pass
except TypeError as e:
    print("TypeError:", e)

# typing generics use __class_getitem__ + __mro_entries__
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Registry(Generic[K, T]):
    def __init__(self):
        self.items = {}

    def put(self, k: K, v: T) -> None:
        self.items[k] = v


class StrRegistry(Registry[str, int]):
    pass


r = StrRegistry()
r.put("a", 1)
print(r.items, StrRegistry.__orig_bases__, Registry.__parameters__, StrRegistry.__mro__[1].__name__)
print(Registry[int, str], isinstance(r, Registry))


# abc-style virtual subclass registration through the metaclass
import abc


class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any(["__len__" in B.__dict__ for B in C.__mro__])
        return NotImplemented


print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("s", Sized2))
Sized2.register(int)
print(issubclass(int, Sized2), isinstance(3, Sized2))
