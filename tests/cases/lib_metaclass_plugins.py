# Class-level registries via metaclasses used as plugin systems: metaclass __new__/__init__/
# __call__/__prepare__ (ordered, duplicate-detecting namespace), __init_subclass__ with
# keyword arguments, __set_name__ field collection, class decorators, registries keyed
# by qualname across nested/function-local classes, and metaclass properties/methods.
import collections


class DupCheckDict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__") and callable(value):
            raise TypeError("duplicate definition of %r" % key)
        super().__setitem__(key, value)


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        owner._fields_seen = getattr(owner, "_fields_seen", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s.%s must be %s" % (type(obj).__name__, self.name, self.kind.__name__))
        obj.__dict__[self.name] = value


class ModelMeta(type):
    registry = collections.OrderedDict()

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return DupCheckDict()

    def __new__(mcls, name, bases, ns, table=None, **kw):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, dict(ns), **kw)
        inherited = []
        for b in reversed(cls.__mro__[1:]):
            inherited.extend([f for f in getattr(b, "_fields", ()) if f not in inherited])
        cls._fields = tuple(inherited + [f for f in fields if f not in inherited])
        cls._table = table or name.lower() + "s"
        if bases:
            mcls.registry[cls.__qualname__] = cls
        return cls

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        cls.instances = getattr(cls, "instances", 0) + 1
        return inst

    @property
    def table(cls):
        return cls._table

    def describe(cls):
        return "%s(%s) -> %s" % (cls.__name__, ", ".join(cls._fields), cls.table)

    def __repr__(cls):
        return "<model %s>" % cls.__qualname__


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError("unknown field %r for %s" % (k, type(self).__name__))
            setattr(self, k, v)

    def __init_subclass__(cls, abstract=False, **kw):
        super().__init_subclass__(**kw)
        cls.abstract = abstract
        print("init_subclass", cls.__name__, "abstract" if abstract else "concrete", cls._fields_seen if "_fields_seen" in cls.__dict__ else ())

    def as_row(self):
        return tuple([getattr(self, f) for f in self._fields])

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(["%s=%r" % (f, getattr(self, f)) for f in self._fields]))


class Named(Model, abstract=True):
    name = Field(str, "")


class User(Named, table="accounts"):
    age = Field(int, 0)
    email = Field(str)


class Admin(User):
    level = Field(int, 1)

    def promote(self):
        self.level += 1
        return self


u = User(name="ann", age=30)
a = Admin(name="root", email="r@x", level=3).promote()
print(u, a, u.as_row(), a.as_row())
print(User.describe(), Admin.describe(), Named.describe())
print(ModelMeta.registry, User.instances, Admin.instances, User.abstract, Named.abstract)
print(repr(User), type(User).__name__, User.table, isinstance(User.__dict__["age"], Field), User.age.name)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    User(nick="x")
except TypeError as e:
    print("TypeError:", e)
try:
    class Broken(Model):
        def save(self):
            pass

        def save(self):
            pass
except TypeError as e:
    print("TypeError:", e)


def make_plugin(kind):
    class Plugin(Model, table="plugins_" + kind):
        label = Field(str, kind)

        def run(self):
            return "%s plugin running" % self.label
    return Plugin


P1, P2 = make_plugin("csv"), make_plugin("xml")
print(P1.__qualname__, P1 is not P2, P1().run(), P2(label="X").run(), P1.table, P2.table)
print([k for k in ModelMeta.registry], ModelMeta.registry["make_plugin.<locals>.Plugin"] is P2)

handlers = {}


def handles(*events):
    def deco(cls):
        for ev in events:
            handlers.setdefault(ev, []).append(cls)
        cls.events = events
        return cls
    return deco


@handles("create", "update")
class AuditHook:
    def __call__(self, ev, obj):
        return "audit %s %r" % (ev, obj)


@handles("create")
class WelcomeHook:
    def __call__(self, ev, obj):
        return "welcome %s" % getattr(obj, "name", "?")


for ev in ("create", "update", "delete"):
    print(ev, [h()(ev, u) for h in handlers.get(ev, [])])
print(AuditHook.events, sorted(handlers))
