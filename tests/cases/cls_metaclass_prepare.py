# Metaclasses: __prepare__ with custom mappings and kwargs, __new__/__init__/__call__, conflicts.
from collections import OrderedDict


class RecordingNS(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", mcls.__name__, name, [b.__name__ for b in bases], kw)
        ns = RecordingNS()
        ns["prepared_by"] = mcls.__name__
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("__new__", name, type(ns).__name__, [k for k in ns.order if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name, kw)
        super().__init__(name, bases, ns)


class Model(metaclass=OrderMeta, table="models"):
    zeta = 1
    alpha = 2

    def method(self):
        return self.prepared_by

    mid = 3


print(Model.order, Model.kw, Model().method(), type(Model).__name__)


class SubModel(Model, table="subs", extra=True):
    b = 1
    a = 2


print(SubModel.order, SubModel.kw, type(SubModel) is OrderMeta)


# __prepare__ returning OrderedDict; the class __dict__ is always a fresh mappingproxy
class ODMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()

    def __new__(mcls, name, bases, ns):
        print("ns type:", type(ns).__name__, list(ns)[:3])
        return super().__new__(mcls, name, bases, ns)


class OD(metaclass=ODMeta):
    one = 1
    two = 2


print(type(OD.__dict__).__name__, OD.one + OD.two)


# a namespace that rejects redefinition
class NoDupNS(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupNS()


try:
    class Dup(metaclass=NoDupMeta):
        def f(self):
            return 1

        def f(self):
            return 2
except TypeError as e:
    print("TypeError:", e)


# namespace with __missing__: class-body name lookups consult the mapping
class AutoNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Auto(metaclass=AutoMeta):
    x = auto_thing
    y = len


print(Auto.x, Auto.y is len)


# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class X(metaclass=BadPrep):
        pass
except TypeError as e:
    print("TypeError:", e)


# metaclass conflict
class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)


# derived metaclass is picked over the explicit one
class M3(M1):
    pass


class A3(metaclass=M3):
    pass


class Mixed(A1, A3):
    pass


class Mixed2(A3, metaclass=M1):
    pass


print(type(Mixed).__name__, type(Mixed2).__name__)


# __call__ on a metaclass: singleton
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)


# metaclass methods and attributes visible on the class, not on instances
class Meta(type):
    registry = []

    def describe(cls):
        return f"<{cls.__name__} with {sorted([k for k in vars(cls) if not k.startswith('_')])}>"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return f"Meta-class {cls.__name__}"

    def __len__(cls):
        return 7


class Thing(metaclass=Meta):
    a = 1
    b = 2


print(Thing.describe(), Thing.upper_name, repr(Thing), len(Thing), Meta.registry)
print(hasattr(Thing(), "describe"), hasattr(Thing(), "registry"))


# type() with three args and keywords to __init_subclass__
Dyn = type("Dyn", (Thing,), {"c": 3})
print(Dyn.describe(), type(Dyn).__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
