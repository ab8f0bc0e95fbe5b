# Attribute hooks: __getattr__, __getattribute__, __setattr__, __delattr__, object.__setattr__.
class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print("  __getattr__", name)
        value = name * 2
        self.loaded[name] = value
        setattr(self, name, value)
        return value


z = Lazy()
print(z.ab, z.ab, z.cd, z.loaded)
try:
    z._hidden
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(z, "_x"), getattr(z, "_y", "dflt"), hasattr(z, "q"))


class Tracked:
    def __init__(self, **kw):
        object.__setattr__(self, "history", [])
        for k, v in kw.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        self.history.append(("set", name, value))
        if name == "readonly":
            raise AttributeError(f"{name} is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        if name not in self.__dict__:
            raise AttributeError(name)
        object.__delattr__(self, name)


t = Tracked(a=1, b=2)
t.a += 10
t.c = [1]
t.c += [2]
del t.b
try:
    del t.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.readonly = 5
except AttributeError as e:
    print("AttributeError:", e)
for h in t.history:
    print(" ", h)
print(sorted(vars(t)))


class Audit:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback({name})"

    def method(self):
        return self.x + 1


au = Audit()
print(au.x)
print(au.method())
print(au.secret)
print(au.missing)
print(type(au).__name__)


# __getattribute__ that raises something other than AttributeError: __getattr__ not consulted
class Broken:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "never"


try:
    Broken().anything
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(Broken(), "anything")
except KeyError as e:
    print("KeyError from hasattr:", e)


# proxy forwarding everything to a wrapped object
class Proxy:
    __slots__ = ("_target", "_calls")

    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_calls", 0)

    def __getattr__(self, name):
        object.__setattr__(self, "_calls", self._calls + 1)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)

    def __delattr__(self, name):
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.v = 1

    def hello(self):
        return f"hello v={self.v}"


tg = Target()
px = Proxy(tg)
px.v = 5
print(px.hello(), px.v, tg.v, px._calls)
px.new = "n"
print(tg.new)
del px.new
print(hasattr(tg, "new"), px._calls)


# special method lookup bypasses __getattr__/__getattribute__ on the instance
class NoSpecial:
    def __getattr__(self, name):
        return lambda *a: "via getattr"


ns = NoSpecial()
print(ns.__len__())
try:
    len(ns)
except TypeError as e:
    print("TypeError:", e)


# augmented attribute assignment calls __getattr__/__setattr__ exactly once each
class Counting:
    def __init__(self):
        object.__setattr__(self, "events", [])
        object.__setattr__(self, "store", {"n": 0})

    def __getattr__(self, name):
        self.events.append("get " + name)
        return self.store[name]

    def __setattr__(self, name, value):
        self.events.append(f"set {name}={value}")
        self.store[name] = value


cn = Counting()
cn.n += 5
cn.n *= 2
print(cn.events, cn.store)


# __dict__ manipulation
class Bag:
    pass


bg = Bag()
bg.__dict__["direct"] = 1
bg.__dict__.update(a=2, b=3)
print(bg.direct, bg.a, sorted(vars(bg).items()))
bg.__dict__ = {"replaced": True}
print(vars(bg))
try:
    bg.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
