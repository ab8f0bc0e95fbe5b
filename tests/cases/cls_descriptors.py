# Descriptors: data vs non-data, __get__/__set__/__delete__, property, cached_property, lookup order.
import functools


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} not set") from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, Person.name, Person.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
try:
    p.age
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)
# data descriptor wins over instance __dict__
p.__dict__["name"] = 12345
print(p.name)


# non-data descriptor loses against the instance __dict__
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.attr = "from instance"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)


# descriptor with only __set__ (data descriptor without __get__)
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value * 2


class UsesSetOnly:
    x = SetOnly()


u = UsesSetOnly()
u.x = 21
print(u.seen, type(u.x).__name__)


# property with getter/setter/deleter and docs
class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
del t.celsius
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = None
except TypeError as e:
    print("TypeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)


class RO:
    @property
    def value(self):
        return 1


try:
    RO().value = 2
except AttributeError as e:
    print("AttributeError:", e)


# property getter raising AttributeError triggers __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"__getattr__({name})"


print(Fallback().broken)


# cached_property
class Data:
    computed = 0

    def __init__(self, n):
        self.n = n

    @functools.cached_property
    def total(self):
        Data.computed += 1
        print("  computing total for", self.n)
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, Data.computed, "total" in vars(d))
del d.total
print(d.total, Data.computed)
print(type(Data.total).__name__, Data.total.attrname)


# functions are descriptors: __get__ creates bound methods
class M:
    def f(self, x):
        return (type(self).__name__, x)


bound = M.f.__get__(M(), M)
print(bound(5), M.f.__get__(None, M) is M.f)


# classmethod and staticmethod objects as descriptors
class CS:
    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s(x):
        return x * 2


print(CS.__dict__["c"].__get__(None, CS)(), CS.__dict__["s"].__get__(None, CS)(4))
print(CS.__dict__["s"].__func__(5), CS.c.__func__(int))


# descriptor on the metaclass
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"MetaDesc(obj={getattr(obj, '__name__', obj)}, type={objtype.__name__})"


class Meta(type):
    info = MetaDesc()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.info)
