# Attribute caches on classes and globals: class attributes and static/class methods called on the class, user-class descriptors gaining and losing __get__, rebinding globals and builtins, new instance attributes keeping insertion order.
class D:
    def __get__(self, o, t=None):
        return ("got", o is None, t.__name__)

class S:
    A = 1
    B = "x"
    d = D()
    def __init__(self, v):
        self.v = v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def add(a, b):
        return a + b
    def plain(x):
        return x * 2
    @classmethod
    def kw(cls, a, b=2):
        return (cls.__name__, a, b)

class T(S):
    A = 5

def f(k):
    out = []
    for c in (S, T, S, T):
        out.append((c.A, c.B, type(c.d).__name__, getattr(c.make(3), "v", None), c.add(1, 2), c.plain(4), c.kw(1, b=k)))
    return out

for i in range(3):
    print(f(i))
S.A = 10
print(f(9))
D.__get__ = lambda self, o, t=None: "new get"
print(f(9))
del D.__get__
print(f(9))
S.make = staticmethod(lambda v: v)
print(S.make(7), T.make(8))
S.add = classmethod(lambda cls, a, b: (cls.__name__, a, b))
print(f(1))
class P:
    __slots__ = ()
o = S(1)
for i in range(5):
    o.__dict__.clear() if i == 3 else None
    o.w = i
    print(o.__dict__, list(vars(o)))
class Q:
    def __init__(self):
        self.b = 1
        self.a = 2
q = Q(); del q.b; q.b = 3; print(vars(q), q.a, q.b)
X = 1
def f():
    return X, len("ab"), abs(-3)
print(f())
X = 2
print(f())
len = lambda s: 99
print(f())
del len
print(f())
globals()["abs"] = lambda v: "mine"
print(f())
del globals()["abs"]
print(f())
for i in range(50):
    globals()["g%d" % i] = i
print(f())
for i in range(50):
    del globals()["g%d" % i]
print(f())
__import__("builtins").abs = lambda v: "patched"
print(f())
del X
try:
    f()
except NameError as e:
    print(e)
