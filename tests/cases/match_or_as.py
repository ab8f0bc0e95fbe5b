# Or-patterns and as-patterns: alternatives binding the same names in different positions and
# different orders, or-patterns nested inside sequences/mappings/classes, alternatives tried left
# to right (observable through a logging __eq__), as-patterns at every level, and irrefutable
# alternatives at the end.
from dataclasses import dataclass

@dataclass
class P:
    x: object
    y: object

class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print(f"  eq {self.tag} == {other!r}")
        return isinstance(other, Noisy) and other.tag == self.tag or other == self.tag
    __hash__ = None

class V:
    A = Noisy("a")
    B = Noisy("b")
    C = Noisy("c")

def f(s):
    match s:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("x" | "y") as axis, (int() | float()) as val]:
            return f"axis {axis}={val}"
        case [a, b] | (a, b, _) | {"a": a, "b": b} | P(a, b) if a == b:
            return f"same {a}"
        case [a, ([b] | b)] | {"pair": (a, b)}:
            return f"pair-ish {a} {b}"
        case P(x=(0 | None) as zero, y=P() as inner) | P(x=P() as inner, y=zero):
            return f"P zero={zero} inner={inner}"
        case {"k": (str() as v) | [str() as v]} | {"alt": v}:
            return f"k {v!r}"
        case ((int() | float()) as n) as whole if n > 100:
            return f"big {whole}"
        case str(s) | bytes(s) as orig:
            return f"text {s!r} {orig is s}"
        case (_ as anything) as again:
            return f"anything {type(anything).__name__} {anything is again}"

for s in [1, 3, 4, ["x", 2], ["y", 2.5], ["z", 1], [7, 7], (8, 8, 9), {"a": 5, "b": 5}, P(6, 6),
          [1, 2], [1, [2]], [1, [2, 3]], {"pair": (3, 4)}, {"pair": [5, 6]}, P(0, P(1, 2)),
          P(P(1, 1), None), P(None, 1), {"k": "s"}, {"k": ["t"]}, {"k": [1]}, {"alt": 9},
          500, 100, 1000.5, "hi", b"yo", None, P(1, 2)]:
    print(repr(s), "->", f(s))

print("-- alternatives tried left to right")
for subj in ["b", "c", "z"]:
    print("subject", subj)
    match subj:
        case V.A | V.B:
            print(" A or B")
        case V.C | "z":
            print(" C or z")

print("-- or in nested positions, each element separately")
for s in [(1, "a"), (2, "b"), (1, "b"), (3, "a"), (2, "c")]:
    match s:
        case ((1 | 2) as n, ("a" | "b") as c) if (n, c) != (2, "a"):
            print(s, "->", n, c)
        case (1 | 2 | 3, _) as whole:
            print(s, "-> whole", whole)

print("-- bindings from the successful alternative only")
def which(s):
    match s:
        case [x, 0] | [0, x] | [x]:
            return x
print(which([5, 0]), which([0, 6]), which([7]), which([0, 0]), which([1, 2]))

print("-- as binds the subject of the sub-pattern itself")
lst = [1, 2]
match [lst, lst]:
    case [[*_] as first, second] if first is second:
        print("identity kept", first is lst)
match (1, (2, (3, 4))):
    case (a, (b, (c, d) as inner) as mid) as outer:
        print(a, b, c, d, inner, mid, outer)

print("-- as on class and mapping patterns")
match {"p": P(1, [2, 3])}:
    case {"p": P(x=1, y=[_, last] as ys) as p} as m:
        print(p, ys, last, list(m))

print("-- or-patterns of literals and capture names in a loop")
for val in [None, False, 0, True, 1, "", []]:
    match val:
        case None | False:
            print(repr(val), "none-or-false")
        case 0 | "" | []:
            print(repr(val), "zero-ish")
        case other:
            print(repr(val), "other", other)
