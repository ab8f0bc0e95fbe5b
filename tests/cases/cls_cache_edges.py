# Attribute-cache edge cases: uninitialized static/class methods called on a class, a
# non-interned key in an instance dict's shared keys, a key __eq__ that deletes the method
# being called, and __init__ replaced by a collection during allocation.
import gc


class A:
    s = staticmethod.__new__(staticmethod)
    c = classmethod.__new__(classmethod)


for _ in range(3):
    for name in ("s", "c"):
        try:
            getattr(A, name)()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        A.s()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        A.c()
    except RuntimeError as e:
        print("RuntimeError:", e)


class B:
    foo = "class"

    def get(self):
        return self.foo


a = B()
a.__dict__["".join(["fo", "o"])] = 1
b = B()
b.foo = "b-inst"
for _ in range(3):
    print(b.get())


class S(str):
    __hash__ = str.__hash__

    def __eq__(self, o):
        if "meth" in C.__dict__:
            del C.meth
        return False


class C:
    def meth(self):
        return "meth called"


c = C()
for _ in range(3):
    print(c.meth())
c.__dict__[S("meth")] = 0
print(c.meth())
try:
    print(c.meth())
except AttributeError as e:
    print("AttributeError:", e)


class D:
    def __init__(self):
        print("old __init__")


class Trap:
    def __del__(self):
        def new_init(self):
            print("new __init__")

        D.__init__ = new_init


t = Trap()
t.self = t
del t
gc.set_threshold(1)
D()
gc.set_threshold(700)
D()
