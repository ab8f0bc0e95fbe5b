# inspect on compiled classes: signature of methods/classmethods/staticmethods/__init__/
# the class itself, getmembers with predicates, isclass/isfunction/ismethod/isroutine,
# getmro, getattr_static, getdoc (inherited), classify_class_attrs, Parameter kinds.
import inspect


class Base:
    """Base docstring."""

    kind = "base"

    def __init__(self, a, b=2, *args, flag=False, **kw):
        self.a = a

    def method(self, x, y=10):
        """Base.method doc."""
        return x + y

    @classmethod
    def make(cls, n: int = 0) -> "Base":
        return cls(n)

    @staticmethod
    def util(p, /, q, *, r=3):
        return p + q + r

    @property
    def prop(self):
        """The prop."""
        return self.a


class Child(Base):
    def method(self, x, y=20):
        return super().method(x, y) * 2

    def extra(self):
        pass

    def __getattr__(self, name):
        if name == "dynamic":
            return "dyn"
        raise AttributeError(name)


c = Child(1)
print(inspect.signature(Base.method), inspect.signature(c.method), inspect.signature(Base.make))
print(inspect.signature(Base.util), inspect.signature(Base.__init__), inspect.signature(Child))
print(inspect.signature(Base.make).return_annotation, inspect.signature(Base.make).parameters["n"].annotation)
for name, prm in inspect.signature(Base.__init__).parameters.items():
    print("  ", name, prm.kind.name, prm.default if prm.default is not prm.empty else "-")
for name, prm in inspect.signature(Base.util).parameters.items():
    print("  ", name, prm.kind.name)
print(inspect.isclass(Child), inspect.isclass(c), inspect.isfunction(Base.method), inspect.isfunction(c.method))
print(inspect.ismethod(c.method), inspect.ismethod(Base.make), inspect.ismethod(Base.util), inspect.isroutine(Base.util))
print(inspect.isroutine(len), inspect.isbuiltin(len), inspect.isfunction(len), inspect.ismethod(Base.method))
print([k.__name__ for k in inspect.getmro(Child)])
print(inspect.getdoc(Child), "|", inspect.getdoc(Child.method), "|", inspect.getdoc(Base.prop))
print(inspect.getattr_static(c, "prop").__class__.__name__, type(inspect.getattr_static(Child, "make")).__name__)
print(type(inspect.getattr_static(Child, "util")).__name__, inspect.getattr_static(c, "kind"))
try:
    inspect.getattr_static(c, "dynamic")
except AttributeError as e:
    print("AttributeError:", e)
print(c.dynamic, inspect.getattr_static(c, "dynamic", "missing"))
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(c, inspect.ismethod)])
print([n for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, lambda o: isinstance(o, property))])
attrs = [(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Child) if not a.name.startswith("__")]
print(sorted(attrs))
sig = inspect.signature(Base.method)
ba = sig.bind(c, 5)
ba.apply_defaults()
print(list(ba.arguments.items())[1:], ba.args[1:], ba.args[0] is c, ba.kwargs)
try:
    sig.bind(c)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(lambda a, *, k=1: None), str(inspect.signature(Child.extra)))


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.__wrapped__ = fn
    return wrapper


class Wrapped:
    @deco
    def go(self, alpha, beta=1):
        return alpha


print(inspect.signature(Wrapped.go), inspect.signature(Wrapped.go, follow_wrapped=False), inspect.unwrap(Wrapped.go).__name__)
print(Child.method.__qualname__, Child.method.__module__ == __name__, Base.make.__func__.__qualname__)
print(inspect.getfullargspec(Base.__init__))
print(inspect.isabstract(Base), inspect.ismethoddescriptor(Base.__dict__["util"]), inspect.isdatadescriptor(Base.__dict__["prop"]))
print(Base.method.__code__.co_varnames[:Base.method.__code__.co_argcount], Base.method.__defaults__, Base.util.__kwdefaults__)
print(Base.make.__annotations__, Child.__init__ is Base.__init__, callable(c.method))
