# Rich comparisons, reflection, __hash__ = None when __eq__ is defined, total_ordering.
import functools

log = []


class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def _cmp(self, other, op):
        log.append((op, self, other))
        if not isinstance(other, Ver):
            return NotImplemented
        return getattr(self.parts, op)(other.parts)

    def __eq__(self, other): return self._cmp(other, "__eq__")
    def __ne__(self, other): return self._cmp(other, "__ne__")
    def __lt__(self, other): return self._cmp(other, "__lt__")
    def __le__(self, other): return self._cmp(other, "__le__")
    def __gt__(self, other): return self._cmp(other, "__gt__")
    def __ge__(self, other): return self._cmp(other, "__ge__")


a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Ver(1, 2))
print(sorted([Ver(2), Ver(1, 5), Ver(1), Ver(1, 0, 1)]), max(a, b), min([b, a]))
log.clear()
print(a == 3, a != "x", log)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(Ver.__hash__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)


# reflected comparisons: a < b falls back to b > a
class OnlyGt:
    def __init__(self, n): self.n = n
    def __gt__(self, other):
        return f"OnlyGt({self.n}).__gt__({other!r})"


print(3 < OnlyGt(1), OnlyGt(2) > 5)
try:
    OnlyGt(1) < 3
except TypeError as e:
    print("TypeError:", e)


# subclass reflected method gets priority
class B1:
    def __eq__(self, other): return "B1.__eq__"
    __hash__ = object.__hash__


class B2(B1):
    def __eq__(self, other): return "B2.__eq__"


print(B1() == B2(), B2() == B1(), B1() != B2())


# __ne__ defaults to inverting __eq__
class EqOnly:
    def __init__(self, k): self.k = k
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.k == other.k


print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__ is None)
print(EqOnly(1) in [EqOnly(0), EqOnly(1)], [EqOnly(1), EqOnly(2)].index(EqOnly(2)))


# __eq__ with explicit __hash__, usable in sets/dicts
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())

    def __repr__(self):
        return f"Key({self.name})"


d = {Key("A"): 1}
d[Key("a")] = 2
d[Key("b")] = 3
print(d, Key("B") in d, len({Key("x"), Key("X"), Key("y")}))


# inherited __hash__ None, explicitly restored
class Child(EqOnly):
    __hash__ = lambda self: 7


print(hash(Child(1)), Child.__hash__ is not None)


# total_ordering
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


m1, m2 = Money(150), Money(99)
print(m1 > m2, m1 >= m2, m1 <= m2, m2 <= m2, sorted([m1, m2, Money(120)]))
try:
    m1 >= 5
except TypeError as e:
    print("TypeError:", e)


# comparison returning non-bool objects; chained comparisons
class Sym:
    def __init__(self, s): self.s = s
    def __lt__(self, other): return Sym(f"({self.s}<{other.s if isinstance(other, Sym) else other})")
    def __bool__(self): 
        print("bool of", self.s)
        return True
    def __repr__(self): return self.s


x, y, z = Sym("x"), Sym("y"), Sym("z")
print(x < y)
print(x < y < z)


# identity shortcut in containers: NaN-like object never equal to itself
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__


nv = Never()
print(nv == nv, nv in [nv], [nv].count(nv), nv in {nv})


# comparison raising an exception propagates
class Angry:
    def __lt__(self, other):
        raise ValueError("no ordering")


try:
    sorted([Angry(), Angry()])
except ValueError as e:
    print("ValueError:", e)
