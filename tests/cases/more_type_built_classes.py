# Classes built with type(): compiled functions as methods, properties, classmethods,
# staticmethods, explicit super(), inheritance/MRO, __slots__, descriptors, dunder protocols.
def __init__(self, name, sound="..."):
    self.name = name
    self._sound = sound
def speak(self, times=1):
    """Make noise."""
    return "%s says %s" % (self.name, " ".join([self._sound] * times))
def get_sound(self):
    return self._sound.upper()
def set_sound(self, value):
    if not value:
        raise ValueError("empty sound")
    self._sound = value
def create(cls, *args):
    cls.created += 1
    return cls(*args)
Animal = type("Animal", (), {
    "__init__": __init__,
    "speak": speak,
    "sound": property(get_sound, set_sound, doc="the sound"),
    "create": classmethod(create),
    "kinds": staticmethod(lambda: ["dog", "cat"]),
    "created": 0,
    "__repr__": lambda self: "%s(%r)" % (type(self).__name__, self.name),
})
def dog_init(self, name):
    super(Dog, self).__init__(name, "woof")
    self.tricks = []
def dog_speak(self, times=2):
    return super(Dog, self).speak(times) + "!"
Dog = type("Dog", (Animal,), {"__init__": dog_init, "speak": dog_speak})
a = Animal("generic")
d = Dog.create("rex")
print(a, d, a.speak(), d.speak(), d.speak(1), Dog.speak(d, 3))
print(d.sound, Animal.created, Dog.created, Animal.kinds(), d.kinds())
d.sound = "arf"
print(d.sound, d.speak())
try:
    d.sound = ""
except ValueError as e:
    print("ValueError:", e)
try:
    del d.sound
except AttributeError as e:
    print("AttributeError:", e)
print([c.__name__ for c in Dog.__mro__], isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)
print(Animal.speak.__doc__, Animal.__dict__["sound"].__doc__, d.speak.__func__ is dog_speak, d.speak.__self__ is d)
bound = d.speak
print(bound(), Animal.speak.__qualname__, dog_speak.__name__)
print(sorted(vars(d)), Dog.__bases__[0].__name__, Dog.__name__, Dog.__qualname__)
Point = type("Point", (), {"__slots__": ("x", "y"),
                           "__init__": lambda self, x, y: (setattr(self, "x", x), setattr(self, "y", y))[0],
                           "__eq__": lambda self, o: (self.x, self.y) == (o.x, o.y),
                           "__hash__": lambda self: hash((self.x, self.y)),
                           "__iter__": lambda self: iter((self.x, self.y)),
                           "__repr__": lambda self: "Point(%d, %d)" % (self.x, self.y)})
p = Point(1, 2)
x, y = p
print(p, x, y, p == Point(1, 2), len({p, Point(1, 2), Point(2, 1)}), list(p))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
def typed_get(self, obj, objtype=None):
    if obj is None:
        return self
    return obj.__dict__.get(self.name, "unset")
def typed_set(self, obj, value):
    if not isinstance(value, int):
        raise TypeError("%s must be int, got %s" % (self.name, type(value).__name__))
    obj.__dict__[self.name] = value
Typed = type("Typed", (), {"__init__": lambda self, name: setattr(self, "name", name),
                           "__get__": typed_get, "__set__": typed_set,
                           "__set_name__": lambda self, owner, name: print("set_name", owner.__name__, name)})
Rec = type("Rec", (), {"age": Typed("age")})
r = Rec()
print(r.age, type(Rec.age).__name__)
r.age = 5
print(r.age)
try:
    r.age = "five"
except TypeError as e:
    print("TypeError:", e)
def getattr_fallback(self, name):
    if name.startswith("auto_"):
        return name[5:]
    raise AttributeError("%r has no %r" % (type(self).__name__, name))
def setattr_log(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
Dyn = type("Dyn", (), {"__getattr__": getattr_fallback, "__setattr__": setattr_log, "real": 1})
dy = Dyn()
dy.x = 10
print(dy.x, dy.real, dy.auto_magic, getattr(dy, "missing", "default"), hasattr(dy, "nope"))
try:
    dy.nope
except AttributeError as e:
    print("AttributeError:", e)
Counter = type("Counter", (dict,), {"__missing__": lambda self, k: 0})
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], isinstance(c, dict))
Stack = type("Stack", (list,), {"push": list.append, "peek": lambda self: self[-1]})
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), type(s).__name__, s + [3])
Meta = type("Meta", (type,), {"__repr__": lambda cls: "<class via Meta %s>" % cls.__name__})
WithMeta = Meta("WithMeta", (), {})
print(repr(WithMeta), type(WithMeta).__name__, isinstance(WithMeta, type))
Ctx = type("Ctx", (), {"__enter__": lambda self: "entered", "__exit__": lambda self, *a: False,
                       "__len__": lambda self: 3, "__getitem__": lambda self, i: i * 10 if i < 3 else [][i]})
with Ctx() as val:
    print(val, len(Ctx()), list(Ctx()), Ctx()[1])
