# Operators dispatch to dunder methods of type()-built classes: reflected operands,
# NotImplemented fallbacks, unary ops, __index__, comparisons, and the resulting errors.
def binop(name, sym):
    def f(self, other):
        if isinstance(other, (int, V)):
            o = other.v if isinstance(other, V) else other
            return V("(%s%s%s)" % (self.v, sym, o))
        return NotImplemented
    def r(self, other):
        if isinstance(other, int):
            return V("(%s%s%s)" % (other, sym, self.v))
        return NotImplemented
    return {"__%s__" % name: f, "__r%s__" % name: r}
ns = {"__init__": lambda self, v: setattr(self, "v", v),
      "__repr__": lambda self: "V%s" % (self.v,),
      "__neg__": lambda self: V("-" + str(self.v)),
      "__pos__": lambda self: V("+" + str(self.v)),
      "__invert__": lambda self: V("~" + str(self.v)),
      "__abs__": lambda self: V("abs" + str(self.v)),
      "__bool__": lambda self: self.v != "",
      "__len__": lambda self: 7,
      "__index__": lambda self: 2,
      "__eq__": lambda self, o: isinstance(o, V) and self.v == o.v,
      "__hash__": lambda self: hash(self.v),
      "__lt__": lambda self, o: ("lt", self.v, o.v if isinstance(o, V) else o),
      "__gt__": lambda self, o: ("gt", self.v, o.v if isinstance(o, V) else o),
      "__call__": lambda self, *a, **k: ("called", a, sorted(k)),
      "__getattr__": lambda self, name: "dynamic " + name,
      "__contains__": lambda self, x: x == "in"}
for name, sym in [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
                  ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
                  ("or", "|"), ("xor", "^"), ("matmul", "@")]:
    ns.update(binop(name, sym))
V = type("V", (), ns)
a = V("a")
b = V("b")
print(a + b, a - 1, 2 * a, a / b, 3 // a, a % 4, a ** 2, 2 ** a, a << 1, 1 >> a, a & b, 1 | a, a ^ a, a @ b, 5 @ a)
print(-a, +a, ~a, abs(a), not a, not V(""), bool(a), len(a))
print([10, 20, 30, 40][a], "abcdef"[a:V("q")], list(range(10))[::a], bin(a), hex(a), operator_index := __import__("operator").index(a))
print(a == V("a"), a != V("a"), a == 1, 1 == a, a < b, a > b, a <= b if False else "skip", 1 < a, a > 1)
print(a(1, x=2), a.whatever, getattr(a, "other"), "in" in a, "out" in a, "out" not in a)
c = a
c += b
c *= 2
print(c, a)
sums = sum([V("x"), V("y")], 0)
print(sums, {V("k"): 1}[V("k")])
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" - a
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a += "s"
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(a, 1)
except TypeError as e:
    print("TypeError:", e)
W = type("W", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: "W"})
w = W(1)
for expr, fn in [("w + 1", lambda: w + 1), ("-w", lambda: -w), ("w < w", lambda: w < w), ("w[0]", lambda: w[0]),
                 ("w()", lambda: w()), ("len(w)", lambda: len(w)), ("iter(w)", lambda: iter(w)),
                 ("w ** 2", lambda: w ** 2), ("pow(w, 2, 3)", lambda: pow(w, 2, 3)), ("~w", lambda: ~w),
                 ("[1][w]", lambda: [1][w]), ("w @ w", lambda: w @ w), ("hash([])", lambda: hash([])),
                 ("1 < None", lambda: 1 < None), ("w.v.x", lambda: w.v.x), ("None.x", lambda: None.x),
                 ("'a' * 'b'", lambda: "a" * "b"), ("[1] * 1.5", lambda: [1] * 1.5), ("{} + {}", lambda: {} + {}),
                 ("1 % 0", lambda: 1 % 0), ("1.0 // 0", lambda: 1.0 // 0), ("0 ** -1", lambda: 0 ** -1),
                 ("1 << -1", lambda: 1 << -1), ("int('z', 37)", lambda: int("z", 37))]:
    try:
        print(expr, "=", fn())
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(w == w, w != W(1), w == W(1), w is w)
Sub = type("Sub", (int,), {"__radd__": lambda self, o: "Sub.__radd__ wins", "__add__": lambda self, o: "Sub.__add__"})
print(1 + Sub(2), Sub(2) + 1, 5 - Sub(1), type(Sub(3) * 2).__name__)
Num = type("Num", (), {"__int__": lambda self: 42, "__float__": lambda self: 2.5, "__complex__": lambda self: 1j,
                       "__round__": lambda self, n=None: ("round", n), "__trunc__": lambda self: 9,
                       "__floor__": lambda self: "floor", "__ceil__": lambda self: "ceil"})
import math
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
