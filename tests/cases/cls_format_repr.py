# __repr__/__str__/__format__/__bytes__ and f-strings with format specs and conversions.
class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount = amount
        self.cur = cur

    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("c"):
            return f"{self.cur} {format(self.amount, spec[:-1] or '.2f')}"
        return format(self.amount, spec)

    def __bytes__(self):
        return f"{self.amount}{self.cur}".encode()


m = Money(1234.5)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m!a}|{m:>12,.1f}|{m:,.3fc}|{m:c}")
width = 15
print(f"[{m:>{width}.2f}] [{m!s:^{width}}] [{m!r:.6}]")
print(format(m), format(m, "08.1f"), "{:c} and {!r}".format(m, m), "%s / %r" % (m, m))
print(bytes(m), bytes([65, 66]), str(m).encode())
print(f"{m=}", f"{m = !s}", f"{m=:.0f}")


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


class Neither:
    pass


print(str(OnlyRepr()), f"{OnlyRepr()}", str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object") or repr(OnlyStr()).startswith("<cls_format_repr.OnlyStr object"))
print(format(OnlyStr(), ""), f"{OnlyStr()!s:>10}")
try:
    format(Neither(), "d")
except TypeError as e:
    print("TypeError:", e)


class Unicode:
    def __repr__(self):
        return "Ünïcödé ✓"


print(repr(Unicode()), ascii(Unicode()), f"{Unicode()!a}")


# recursive repr with reprlib
import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


root = Node("root")
kid = Node("kid")
root.children.append(kid)
kid.children.append(root)
print(root)


# __str__ returning non-str
class BadStr:
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{BadStr()}")
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return None


try:
    f"{BadFormat():x}"
except TypeError as e:
    print("TypeError:", e)


# subclass of str with __format__ and __str__ overrides
class Shout(str):
    def __str__(self):
        return self.upper()

    def __format__(self, spec):
        return "!" + super().__format__(spec) + "!"


s = Shout("hey")
print(s, str(s), f"{s}", f"{s:>6}", repr(s), s + "you", "%s" % s)


# tables of objects
class Row:
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price

    def __format__(self, spec):
        w = int(spec or 10)
        return f"{self.name:<{w}}|{self.qty:>4d}|{self.price:>8.2f}"


for row in [Row("apple", 3, 1.5), Row("kiwi", 12, 0.25), Row("melon", 1, 3.999)]:
    print(f"{row:8}")
print("{0:12}".format(Row("x", 0, 0)))


# __repr__ used by containers, __str__ by print
class Both:
    def __repr__(self):
        return "R"

    def __str__(self):
        return "S"


print(Both(), [Both()], str([Both()]), f"{[Both()]}", "%s %r" % (Both(), Both()))


# __repr__ raising propagates through containers
class Raises:
    def __repr__(self):
        raise ValueError("repr failed")


try:
    repr([1, Raises()])
except ValueError as e:
    print("ValueError:", e)
