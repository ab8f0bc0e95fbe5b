# One attribute-load site, one store site and one method-call site exercised with many
# receivers while classes and instances change underneath: class attributes added/removed,
# properties and __getattr__ added later, instance attributes shadowing methods, __dict__
# materialized or replaced, __class__ and __bases__ reassigned, slots, many types per site.
def load(o):
    try:
        return o.attr
    except AttributeError as e:
        return f"AttributeError({e})"


def store(o, v):
    try:
        o.attr = v
        return "stored"
    except AttributeError as e:
        return f"AttributeError({e})"


def call(o):
    try:
        return o.method()
    except (AttributeError, TypeError) as e:
        return f"{type(e).__name__}({e})"


class A:
    attr = "A.attr (class)"

    def method(self):
        return "A.method"


class B(A):
    pass


a, b = A(), B()
steps = []


def snap(label, *objs):
    steps.append((label, [(load(o), call(o)) for o in objs]))


snap("initial", a, b)
b.attr = "b instance"
snap("b instance attr", a, b)
A.attr = "A.attr changed"
snap("class attr changed", a, b)
del b.attr
snap("b instance attr deleted", a, b)
B.attr = "B.attr"
snap("B gets attr", a, b)
del B.attr
del A.attr
snap("class attrs deleted", a, b)
A.method = lambda self: "patched A.method"
snap("method patched", a, b)
b.method = lambda: "instance method"
snap("instance shadows method", a, b)
del b.method
B.method = lambda self: "B.method"
snap("B overrides method", a, b)
A.attr = property(lambda self: f"property on {type(self).__name__}")
snap("property added", a, b)
print(store(a, 1), store(b, 2))
A.attr = property(lambda self: "prop", lambda self, v: setattr(self, "_v", v))
print(store(a, 3), a._v)
del A.attr
print(store(a, 4), store(a, 5), load(a), a.__dict__)
A.__getattr__ = lambda self, name: f"__getattr__({name})"
del a.attr
snap("__getattr__ added", a, b)
del A.__getattr__
snap("__getattr__ removed", a, b)
for label, results in steps:
    print(f"{label:26} {results}")

# the same sites with instances whose dict gets materialized, replaced or whose class changes
steps.clear()


class C:
    attr = "C.attr"

    def method(self):
        return "C.method"


class D:
    attr = "D.attr"

    def method(self):
        return "D.method"


c1, c2 = C(), C()
c1.attr = "c1 own"
snap("c1 own, c2 class", c1, c2)
vars(c2)
snap("c2 dict materialized", c1, c2)
c2.__dict__["attr"] = "via __dict__"
c2.__dict__["method"] = lambda: "method via __dict__"
snap("c2 dict written", c1, c2)
c1.__dict__ = {"attr": "replaced dict"}
snap("c1 dict replaced", c1, c2)
c1.__class__ = D
snap("c1 class -> D", c1, c2)
c3 = C()
for i in range(40):
    setattr(c3, f"extra{i}", i)
snap("c3 with 40 attrs", c3)
c3.attr = "c3 own"
snap("c3 own attr", c3)
for label, results in steps:
    print(f"{label:26} {results}")

# stores hitting a cached slot, then the attribute deleted, then re-added
e = C()
e.attr = 0
for i in range(5):
    print(store(e, i), load(e), end=" | ")
    if i == 2:
        del e.attr
print()


# more receiver types than a site has cache entries, interleaved
class S1:
    __slots__ = ("attr",)

    def method(self):
        return "S1.method"


classes = [type(f"K{i}", (), {"attr": f"K{i}.attr", "method": lambda self, i=i: f"K{i}.method"}) for i in range(9)]
objs = [k() for k in classes] + [S1(), a, b, c2]
objs[0].attr = "K0 instance"
objs[9].attr = "slot value"
for rnd in range(3):
    print(rnd, [load(o) for o in objs])
    print(rnd, [call(o) for o in objs])
    classes[rnd].attr = f"K{rnd} patched in round {rnd}"
    del objs[9].attr
    objs[9].attr = f"slot round {rnd}"


# __bases__ reassignment changes what a subclass inherits
class Left:
    attr = "Left.attr"

    def method(self):
        return "Left.method"


class Right:
    attr = "Right.attr"

    def method(self):
        return "Right.method"


class Kid(Left):
    pass


k = Kid()
print(load(k), call(k))
Kid.__bases__ = (Right,)
print(load(k), call(k))
Right.attr = "Right.attr v2"
print(load(k), call(k), load(Left()))
