# types.SimpleNamespace vs compiled classes: construction, repr, equality, vars(),
# attribute add/delete, subclassing SimpleNamespace, types.new_class/prepare_class,
# types.MethodType binding onto instances, MappingProxyType of class __dict__,
# DynamicClassAttribute-free property use, and __dict__ differences.
import types
from types import SimpleNamespace


class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __eq__(self, other):
        return isinstance(other, Record) and vars(self) == vars(other)

    def __repr__(self):
        items = ", ".join(["%s=%r" % kv for kv in sorted(vars(self).items())])
        return "Record(%s)" % items


ns = SimpleNamespace(b=2, a=1)
rec = Record(b=2, a=1)
print(ns, rec, vars(ns) == vars(rec), ns == SimpleNamespace(a=1, b=2), rec == Record(a=1, b=2))
ns.c = 3
rec.c = 3
del ns.a
del rec.a
print(ns, rec, sorted(vars(ns)), hasattr(rec, "a"), getattr(ns, "a", "gone"))
print(type(ns).__name__, type(rec).__name__, ns == rec, isinstance(ns, object), Record.__eq__ is not object.__eq__)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(rec)
except TypeError as e:
    print("TypeError:", e)


class Settings(SimpleNamespace):
    defaults = {"debug": False, "level": 1}

    def __init__(self, **kw):
        merged = dict(self.defaults)
        merged.update(kw)
        super().__init__(**merged)

    def bump(self):
        self.level += 1
        return self


s = Settings(level=5, name="x")
print(s, s.bump().level, isinstance(s, SimpleNamespace), s == SimpleNamespace(debug=False, level=6, name="x"))
print(repr(Settings()), Settings.__mro__[1].__name__)

nested = SimpleNamespace(db=SimpleNamespace(host="h", port=1), tags=["a"])
print(nested, nested.db.port)


def shout(self, suffix="!"):
    return str(self.c).upper() + suffix


rec.shout = types.MethodType(shout, rec)
ns.shout = types.MethodType(shout, ns)
print(rec.shout(), ns.shout("?"), rec.shout.__self__ is rec, type(rec.shout).__name__, "shout" in vars(rec))

proxy = Record.__dict__
print(type(proxy).__name__, "__init__" in proxy, sorted([k for k in proxy if not k.startswith("__")]))
try:
    proxy["x"] = 1
except TypeError as e:
    print("TypeError:", e)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], list(mp.items()), dict(mp))


def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["kind"] = "dynamic"


Dyn = types.new_class("Dyn", (Record,), {}, body)
d = Dyn(z=1)
print(d, d.greet(), Dyn.kind, Dyn.__mro__[1] is Record, Dyn.__module__ == "types" or Dyn.__module__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw.get("extra", None)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


meta, nsd, kwds = types.prepare_class("P", (), {"metaclass": Meta, "extra": 7})
print(meta.__name__, nsd, kwds)
P = types.new_class("P", (), {"metaclass": Meta, "extra": 7})
print(P.prepared, P.extra, type(P).__name__)


class Q(metaclass=Meta, extra="q"):
    pass


print(Q.prepared, Q.extra, types.resolve_bases((Record, int)) == (Record, int))
# (type(f) is types.FunctionType is a documented heron difference, so only isinstance here)
print(isinstance(shout, types.FunctionType), isinstance(Record.__init__, types.FunctionType), callable(shout))
print(isinstance(rec.shout, types.MethodType), isinstance(len, types.BuiltinFunctionType), types.ModuleType("m").__name__)
print(SimpleNamespace(**{"x y": 1}), vars(SimpleNamespace()))
