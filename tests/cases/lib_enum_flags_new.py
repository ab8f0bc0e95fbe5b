# Flag/IntFlag with | & ~ ^, membership, iteration, pseudo-members; Enum with a custom
# __new__ (extra attributes, value from argument), mixins (str, Enum), per-member methods.
from enum import Enum, Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X

    def short(self):
        return "".join([c if m in self else "-" for c, m in (("r", Perm.R), ("w", Perm.W), ("x", Perm.X))])


print(list(Perm), Perm.RW, Perm.ALL.value)
rw = Perm.R | Perm.W
print(rw, rw is Perm.RW, rw.short(), Perm.X.short(), (~Perm.R).short())
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), Perm.R & Perm.W)
print(Perm.ALL ^ Perm.W, (Perm.ALL ^ Perm.W).short(), Perm(5), Perm(0))
print([m.name for m in Perm.ALL], len(Perm.ALL), list(Perm(6)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

    @classmethod
    def from_octal_digit(cls, d):
        return cls(int(d))

    def __str__(self):
        return "Mode(%s)" % "|".join(sorted([m.name for m in self]))


m = Mode.READ | Mode.EXEC
print(m, int(m), m == 5, m & 4, type(m & 4).__name__, Mode.from_octal_digit("7"))
print(Mode(0), repr(Mode.READ), m | 8, repr(m | 8), ~Mode.READ, Mode.WRITE in Mode(6))
print(sorted([Mode.EXEC, Mode.READ, Mode.WRITE]), Mode.READ + 1, Mode.READ << 1)


class Coin(Enum):
    PENNY = (1, "copper")
    NICKEL = (5, "nickel")
    DIME = (10, "silver")

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj

    def __str__(self):
        return "%s(%dc, %s)" % (self.name.title(), self.value, self.metal)

    @classmethod
    def change(cls, amount):
        out = []
        for c in sorted(cls, key=lambda c: -c.value):
            n, amount = divmod(amount, c.value)
            out.append((c.name, n))
        return out


print(Coin(5), Coin.DIME.value, Coin.PENNY.metal, [str(c) for c in Coin])
print(Coin.change(37))


class HttpStatus(int, Enum):
    OK = 200, "Success"
    NOT_FOUND = 404, "Missing"
    TEAPOT = 418, "I'm a teapot"

    def __new__(cls, code, phrase):
        obj = int.__new__(cls, code)
        obj._value_ = code
        obj.phrase = phrase
        return obj

    @property
    def is_error(self):
        return self >= 400


print(HttpStatus(404), HttpStatus.TEAPOT.phrase, HttpStatus.OK + 1, HttpStatus.NOT_FOUND.is_error)
print([(s.name, s.value, s.is_error) for s in HttpStatus], HttpStatus.OK == 200)


class Fruit(str, Enum):
    APPLE = "apple"
    PEAR = "pear"

    def shout(self):
        return self.value.upper() + "!"


print(Fruit.APPLE, Fruit("pear"), Fruit.APPLE == "apple", Fruit.PEAR.shout(), Fruit.APPLE.upper())
print(sorted(Fruit), "-".join(Fruit), "%s" % Fruit.PEAR, f"{Fruit.APPLE}")


class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        if self is Op.SUB:
            return a - b
        return a * b

    def __call__(self, a, b):
        return self.apply(a, b)


print([(op.value, op(7, 3)) for op in Op], Op("*").apply(6, 7))


class Counted(Enum):
    _ignore_ = ["Counted", "i"]
    Counted = vars()
    for i in range(3):
        Counted["V%d" % i] = i * i


print(list(Counted))
