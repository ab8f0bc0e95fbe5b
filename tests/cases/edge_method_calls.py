# Method-call lowering: instance attributes shadowing methods, __getattr__/__getattribute__,
# properties returning callables, descriptors, builtin method errors.
log = []
def m_hello(self, x=0):
    return ("class hello", x)
C = type("C", (), {"hello": m_hello,
                   "prop": property(lambda self: (lambda *a: ("prop call", a))),
                   "sm": staticmethod(lambda *a: ("static", a)),
                   "cm": classmethod(lambda cls, *a: ("classm", cls.__name__, a))})
c = C()
print(c.hello(1), c.prop(2), c.sm(3), c.cm(4), C.cm(5), C.sm(6))
c.hello = lambda *a: ("instance attr", a)
print(c.hello(1))
del c.hello
print(c.hello(2))
def ga(self, name):
    log.append(name)
    return lambda *a: ("via __getattr__", name, a)
D = type("D", (), {"__getattr__": ga, "real": lambda self: "real method"})
d = D()
print(d.real(), d.virtual(1, 2), log)
def gattr(self, name):
    log.append("gattr " + name)
    if name == "boom":
        raise AttributeError("no boom here")
    return object.__getattribute__(self, name)
E = type("E", (), {"__getattribute__": gattr, "meth": lambda self: "E.meth", "__getattr__": lambda self, n: (lambda: "fallback " + n)})
e = E()
log.clear()
print(e.meth(), e.boom(), log)
Desc = type("Desc", (), {"__get__": lambda self, obj, typ: (lambda: ("desc bound", obj is not None))})
F = type("F", (), {"d": Desc()})
print(F().d(), F.d())
NonCallable = type("NC", (), {"attr": 5})
try:
    NonCallable().attr()
except TypeError as err:
    print("TypeError:", err)
try:
    NonCallable().missing()
except AttributeError as err:
    print("AttributeError:", err)
lst = []
for call, args in [(lst.append, ()), (lst.append, (1, 2)), ("abc".split, (1, 2, 3)), ({}.get, ()), (len, (1, 2))]:
    try:
        call(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    [].pop()
except IndexError as err:
    print("IndexError:", err)
try:
    "x".join([1])
except TypeError as err:
    print("TypeError:", err)
try:
    None.foo()
except AttributeError as err:
    print("AttributeError:", err)
try:
    five = 5
    five()
except TypeError as err:
    print("TypeError:", err)
import math
print(math.floor(2.5), math.__name__, getattr(math, "tau") > 6)
Call = type("Call", (), {"__call__": lambda self, *a, **k: ("called", a, k)})
print(Call()(1, k=2))
bound = c.hello
print(bound(7), bound.__self__ is c, bound.__func__ is m_hello)
c.__dict__["sm"] = lambda: "instance sm"
print(c.sm())
G = type("G", (), {"__slots__": ("x",), "get": lambda self: self.x})
g = G()
try:
    g.get()
except AttributeError as err:
    print("AttributeError:", err)
g.x = 3
print(g.get())
try:
    g.y = 1
except AttributeError as err:
    print("AttributeError:", err)
