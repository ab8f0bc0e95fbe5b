# Class instantiation (the fast path for compiled __init__ with object.__new__, and every case that must leave it): defaults, keywords, abstract classes, __init__ returning non-None, __new__, __slots__, many arguments, metaclass __call__, __init__ removed during the call, errors inside __init__.
import abc
class A:
    def __init__(self, x, y=2, *, z=3):
        self.s = x + y + z
print(A(1).s, A(1, 5).s, A(1, z=10).s, A(x=1, y=1, z=1).s)
class B(A):
    pass
print(B(4).s, type(B(4)).__name__)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print("TypeError:", e)
class Abs(abc.ABC):
    def __init__(self): pass
    @abc.abstractmethod
    def f(self): pass
try:
    Abs()
except TypeError as e:
    print("TypeError:", e)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
try:
    A(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class E:
    def __init__(self):
        raise ValueError("boom")
try:
    E()
except ValueError as e:
    print("ValueError:", e)
class N:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
N(3)
class S:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
print(S(7).a)
class Many:
    def __init__(self, a, b, c, d, e, f, g, h, i):
        self.t = (a, b, c, d, e, f, g, h, i)
print(Many(*range(9)).t)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(2).v)
class V:
    def __init__(self, x):
        self.x = x
        self.y = x * 2
vs = [V(i) for i in range(5)]
print([vars(v) for v in vs])
def selfremove():
    class K:
        def __init__(self):
            del K.__init__
    K(); K()
    print("ok")
selfremove()
E()
