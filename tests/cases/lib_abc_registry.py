# abc: ABC/ABCMeta, abstractmethod/abstract property/classmethod, instantiation errors,
# register() virtual subclasses, __subclasshook__, plus a metaclass plugin registry
# combined with ABCMeta and __init_subclass__-based registries.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Storage(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    @property
    @abstractmethod
    def kind(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


print(sorted(Storage.__abstractmethods__), isinstance(Storage, ABCMeta))
try:
    Storage()
except TypeError as e:
    print("TypeError:", e)


class Partial(Storage):
    def get(self, key):
        return 1


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class MemStorage(Storage):
    def __init__(self):
        self.d = {}

    def get(self, key):
        return self.d[key]

    def put(self, key, value):
        self.d[key] = value

    @property
    def kind(self):
        return "memory"

    @classmethod
    def create(cls):
        return cls()


m = MemStorage.create()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "dflt"), m.kind, isinstance(m, Storage), MemStorage.__abstractmethods__)


class Sized3(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized3:
            if any(["__len__" in B.__dict__ for B in C.__mro__]):
                return True
        return NotImplemented


class Plain:
    pass


class WithLen:
    def __len__(self):
        return 3


print(isinstance(WithLen(), Sized3), isinstance(Plain(), Sized3), issubclass(list, Sized3), issubclass(int, Sized3))


class Legacy:
    def get(self, key):
        return "legacy-" + key


Storage.register(Legacy)
print(isinstance(Legacy(), Storage), issubclass(Legacy, Storage), Legacy.__mro__[-1].__name__, Storage in Legacy.__mro__)


@Storage.register
class Another:
    pass


print(Another.__name__, issubclass(Another, Storage))


class PluginMeta(ABCMeta):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if not getattr(cls, "__abstractmethods__", None) and bases:
            key = kw.get("key", name.lower())
            mcls.registry[key] = cls
            print("registered", key, "->", name)
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst


class Codec(metaclass=PluginMeta):
    @abstractmethod
    def encode(self, s):
        ...

    def roundtrip(self, s):
        return self.decode(self.encode(s))


class Rot13(Codec, key="rot13"):
    def encode(self, s):
        return "".join([chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in s])

    decode = encode


class Reverse(Codec):
    def encode(self, s):
        return s[::-1]

    def decode(self, s):
        return s[::-1]


print(sorted(PluginMeta.registry))
for key in sorted(PluginMeta.registry):
    codec = PluginMeta.registry[key]()
    print(key, codec.encode("hello world"), codec.roundtrip("abc"), codec.created_by, type(codec).__name__)
try:
    Codec()
except TypeError as e:
    print("TypeError:", e)


class Handler:
    handlers = []

    def __init_subclass__(cls, /, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        Handler.handlers.append(cls)
        Handler.handlers.sort(key=lambda h: -h.priority)


class Low(Handler):
    pass


class High(Handler, priority=10):
    pass


class Mid(High, priority=5):
    pass


print([(h.__name__, h.priority) for h in Handler.handlers], abc.get_cache_token() is not None)
