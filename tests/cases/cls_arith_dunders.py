# Arithmetic dunders: every binary op, reflected, in-place, NotImplemented fallbacks, unary, etc.
class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v!r})"


OPS = [
    ("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
    ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
    ("or", "|"), ("xor", "^"), ("matmul", "@"),
]


def make_forward(name, sym):
    def f(self, other):
        o = other.v if isinstance(other, V) else other
        if not isinstance(o, int):
            return NotImplemented
        return f"{self.v}{sym}{o}"
    f.__name__ = f"__{name}__"
    return f


def make_reflected(name, sym):
    def f(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return f"r:{other}{sym}{self.v}"
    return f


def make_inplace(name, sym):
    def f(self, other):
        return IV(f"({self.v}{sym}={other!r})")
    return f


for _name, _sym in OPS:
    setattr(V, f"__{_name}__", make_forward(_name, _sym))
    setattr(V, f"__r{_name}__", make_reflected(_name, _sym))


class IV(V):
    pass


for _name, _sym in OPS:
    setattr(IV, f"__i{_name}__", make_inplace(_name, _sym))

a, b = V(6), V(3)
print(a + b, a - 1, a * b, a / b, a // b, a % b, a ** b, a << 1, a >> 1, a & b, a | b, a ^ b, a @ b)
print(1 + a, 2 - a, 3 * a, 4 / a, 5 // a, 6 % a, 7 ** a, 8 << a, 9 >> a, 10 & a, 11 | a, 12 ^ a, 13 @ a)
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval(f"a {op} 'str'")
    except TypeError as e:
        print("TypeError:", e)

# in-place operators: IV has __iadd__ etc; V falls back to the binary op
x = IV(1)
x += 2; x -= 3; x *= 4; x /= 5; x //= 6; x %= 7; x **= 8; x <<= 9; x >>= 10; x &= 11; x |= 12; x ^= 13; x @= 14
print(x)
y = V(1)
y += 2
print(y)
y = V(1)
y @= 5
print(y)
z = 5
z -= V(2)
print(z)


# a subclass's reflected method is tried first when it overrides the base's
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


class DerivedNoOverride(Base):
    pass


print(Base() + Derived(), Derived() + Base(), Base() + DerivedNoOverride())


# NotImplemented from both sides -> TypeError; __iadd__ returning NotImplemented falls back
class NI:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented

    def __iadd__(self, other):
        return NotImplemented

    def __sub__(self, other):
        return "NI.sub"


try:
    NI() + NI()
except TypeError as e:
    print("TypeError:", e)
n = NI()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
n -= 1
print(n)


# unary ops, abs, round, divmod, pow with modulo, index, int/float/complex conversion
class Num:
    def __init__(self, n):
        self.n = n

    def __neg__(self): return Num(-self.n)
    def __pos__(self): return Num(+self.n * 10)
    def __invert__(self): return Num(~self.n)
    def __abs__(self): return Num(abs(self.n))
    def __round__(self, nd=None): return f"round({self.n}, {nd})"
    def __trunc__(self): return 111
    def __floor__(self): return 222
    def __ceil__(self): return 333
    def __divmod__(self, other): return ("divmod", self.n, other)
    def __rdivmod__(self, other): return ("rdivmod", other, self.n)
    def __pow__(self, other, mod=None): return ("pow", self.n, other, mod)
    def __rpow__(self, other, mod=None): return ("rpow", other, self.n, mod)
    def __index__(self): return self.n
    def __int__(self): return self.n + 1000
    def __float__(self): return self.n + 0.5
    def __complex__(self): return complex(self.n, 1)
    def __repr__(self): return f"Num({self.n})"


import math

m = Num(-7)
print(-m, +m, ~m, abs(m), round(m), round(m, 2))
print(math.trunc(m), math.floor(m), math.ceil(m))
print(divmod(m, 3), divmod(3, m), pow(m, 2), pow(m, 2, 5), 2 ** m, pow(2, m))
print(int(m), float(m), complex(m), [10, 20, 30, 40][Num(2)], bin(Num(5)), hex(Num(255)), "abc"[Num(1)])
print(list(range(Num(3))))
