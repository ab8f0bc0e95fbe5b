# __init_subclass__: keywords, registries, classmethod implicitness, errors from unknown kwargs.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print(f"registered {key!r} priority={priority} for {cls.__qualname__}")

    def run(self):
        return f"{self.plugin_name} running"


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b", priority=5):
    def run(self):
        return super().run().upper()


class Gamma(Beta, priority=9):
    pass


print(sorted(Plugin.registry))
for key in sorted(Plugin.registry, key=lambda k: -Plugin.registry[k].priority):
    print(key, Plugin.registry[key]().run())

# unknown keyword goes to object.__init_subclass__ -> TypeError
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print("broken" in Plugin.registry)


# object.__init_subclass__ takes no keywords at all
try:
    class Plain(object, flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)


# __init_subclass__ is implicitly a classmethod
class Base:
    seen = []

    def __init_subclass__(cls):
        Base.seen.append(cls.__name__)


print(type(Base.__dict__["__init_subclass__"]).__name__)


class One(Base): pass
class Two(One): pass
class Three(Two): pass


print(Base.seen)


# hook called with the new class fully formed (methods, __set_name__ done)
class Validated:
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
        cls.checked = list(required)


class Good(Validated, required=("load", "save")):
    def load(self): pass
    def save(self): pass


print(Good.checked)
try:
    class Bad(Validated, required=("load", "save")):
        def load(self): pass
except TypeError as e:
    print("TypeError:", e)


# cooperative __init_subclass__ across multiple bases
class MixA:
    def __init_subclass__(cls, **kw):
        print("MixA hook", cls.__name__, sorted(kw))
        super().__init_subclass__(**kw)


class MixB:
    def __init_subclass__(cls, b_opt=None, **kw):
        print("MixB hook", cls.__name__, b_opt, sorted(kw))
        super().__init_subclass__(**kw)


class Combined(MixA, MixB, b_opt="yes"):
    pass


class Combined2(MixB, MixA, b_opt="no"):
    pass


# the hook sees the subclass, not the class defining it; metaclass kwargs vs hook kwargs
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)


class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("WithMeta hook", cls.__name__, kw)


class Sub(WithMeta, level=3):
    pass


# exception inside the hook propagates out of the class statement
class Strict:
    def __init_subclass__(cls):
        if not cls.__name__.startswith("Strict"):
            raise ValueError(f"bad name {cls.__name__}")


class StrictOk(Strict):
    pass


try:
    class Loose(Strict):
        pass
except ValueError as e:
    print("ValueError:", e)
print("Loose" in globals())
