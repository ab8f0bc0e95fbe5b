# __new__ is implicitly a staticmethod and __init_subclass__/__class_getitem__ implicitly
# classmethods — done by type.__new__, so metaclasses and custom namespaces see plain functions.
class ShowNS(type):
    def __new__(mcls, name, bases, ns, **kw):
        kinds = sorted([(k, type(v).__name__) for k, v in ns.items() if k not in ("__module__", "__qualname__")])
        print("metaclass sees", name, kinds)
        return super().__new__(mcls, name, bases, ns, **kw)


class Implicit(metaclass=ShowNS):
    def __new__(cls, *args):
        print("Implicit.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init_subclass__(cls, **kw):
        print("Implicit.__init_subclass__", cls.__name__, kw)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"

    def plain(self):
        return "plain"


class Child(Implicit, flag=True):
    pass


print(Child(1, 2).plain(), Child["x"])
print([type(Implicit.__dict__[k]).__name__ for k in ("__new__", "__init_subclass__", "__class_getitem__")])


# a recording namespace: every read and write done while building the class is visible
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.events = []

    def __getitem__(self, key):
        self.events.append(("get", key))
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self.events.append(("set", key))
        super().__setitem__(key, value)


class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, ns):
        print("events for", name, ns.events)
        return super().__new__(mcls, name, bases, dict(ns))


class Recorded(metaclass=RecMeta):
    x = 1

    def __new__(cls):
        return super().__new__(cls)

    def __init_subclass__(cls):
        pass


print(type(Recorded()).__name__)


# a namespace whose __missing__ answers every name
class Anything(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return "<" + key + ">"


class AnyMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Anything()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Loose(metaclass=AnyMeta):
    value = undefined_name


print(Loose.value, "__new__" in vars(Loose), "__init_subclass__" in vars(Loose))


# a "metaclass" function that returns the namespace itself
def keep_namespace(name, bases, ns):
    return {k: type(v).__name__ for k, v in ns.items() if not k.startswith("__q") and k != "__module__"}


class Raw(metaclass=keep_namespace):
    def __new__(cls):
        pass

    def __class_getitem__(cls, item):
        pass


print(Raw)

# Not tested here: type(name, bases, ns) called directly with compiled functions does not make
# them static/class methods (CPython's type.__new__ only converts its own function type); the
# README lists this difference.
