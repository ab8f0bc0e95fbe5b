# Subclassing builtins: int, float, str, bytes, list, dict, tuple, set, with __new__ and overrides.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self):.1f}°C"

    def to_f(self):
        return Fahrenheit(self * 9 / 5 + 32)


class Fahrenheit(float):
    def __repr__(self):
        return f"{float(self):.1f}°F"


c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, c.to_f(), isinstance(c, float), round(c), int(c))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Flags(int):
    names = {1: "R", 2: "W", 4: "X"}

    def __new__(cls, value=0, *, label=None):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __str__(self):
        return "".join([n for b, n in sorted(self.names.items()) if self & b]) or "-"

    def __or__(self, other):
        return Flags(int(self) | int(other))

    __ror__ = __or__


f = Flags(5, label="rx")
print(f, repr(f), f.label, f | 2, 2 | f, type(f | 2).__name__, f + 1, type(f + 1).__name__)
print(Flags("3"), Flags(), Flags(7) == 7, hash(Flags(7)) == hash(7), {Flags(1): "a"}[1])
print(bool(Flags(0)), [10, 20, 30][Flags(1)], f"{Flags(6)}", f"{Flags(6):d}", f"{Flags(6)!r}")


class Name(str):
    def __new__(cls, first, last):
        self = super().__new__(cls, f"{first} {last}")
        self.first, self.last = first, last
        return self

    def initials(self):
        return self.first[0] + self.last[0]

    def upper(self):
        return "UPPER:" + super().upper()


n = Name("ada", "lovelace")
print(n, repr(n), len(n), n.initials(), n.upper(), n.title(), type(n.title()).__name__)
print(n == "ada lovelace", n in {"ada lovelace"}, n.split(), n[0:3], type(n[0:3]).__name__, "%s!" % n)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1] if self else None

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), s, len(s), s + [9], type(s + [9]).__name__, type(s * 2).__name__)
s2 = Stack()
print(s2.peek(), bool(s2), s == [1, 2, 3], sorted(Stack([3, 1, 2])), Stack("abc"))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad.get("c"), sorted(ad.items()), isinstance(ad, dict))
try:
    ad.c
except AttributeError as e:
    print("AttributeError:", e)


class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


ld = LowerDict()
ld["KEY"] = 1
print(ld, ld["Key"], "key" in ld, ld.get("KEY"))
ld.update({"UPD": 2})  # dict.update bypasses __setitem__
print(ld)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(1, "x")
print(pr, pr.first, pr.swap(), len(pr), pr == (1, "x"), pr + (3,), type(pr + (3,)).__name__)
a, b = pr
print(a, b, hash(pr) == hash((1, "x")))


class TagSet(frozenset):
    def __new__(cls, *tags):
        return super().__new__(cls, [t.lower() for t in tags])

    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"


ts = TagSet("B", "a", "b")
print(ts, len(ts), "a" in ts, type(ts | {"z"}).__name__, sorted(ts | {"z"}))


class Blob(bytes):
    def hex_upper(self):
        return self.hex().upper()


bl = Blob(b"\x01\xff")
print(bl, bl.hex_upper(), bl[0], bl[:1], type(bl[:1]).__name__)


# overriding __eq__ on a builtin subclass
class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


print(CaseInsensitive("Hi") == "hI", "hI" == CaseInsensitive("Hi"), CaseInsensitive("A") in ["a"])


# exception subclasses of builtin exceptions carry extra state
class HTTPError(OSError):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status


try:
    raise HTTPError(404, "Not Found")
except OSError as e:
    print(e, e.errno, e.strerror, e.status)
