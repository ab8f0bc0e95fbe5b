# Every pattern kind on many subjects: literals, captures, value patterns, sequences (with
# stars, str/bytes excluded), mappings with **rest, class patterns (__match_args__, keywords,
# self-matching builtins), or-patterns, as-patterns, guards and the TypeError for too many
# positional sub-patterns.
from dataclasses import dataclass
import collections

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = "red"

def describe(s):
    match s:
        case 0 | 1 as small:
            return f"small {small}"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red!"
        case str() as text if len(text) > 3:
            return f"long str {text}"
        case str(t):
            return f"str {t}"
        case int(n) if n < 0:
            return f"neg {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest] if not rest:
            return "unreachable"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case [first, *middle]:
            return f"seq2 {first} {middle}"
        case {"kind": "circle", "r": r, **others}:
            return f"circle {r} {others}"
        case {"kind": k}:
            return f"kind {k}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diag {xx}"
        case Point():
            return "point"
        case {}:
            return "empty map-ish"
        case float(f) | complex(real=f):
            return f"num {f}"
        case _:
            return "other"

for s in [0, 1, None, True, "red", "hello", "hi", -5, 7, [1, 2], (3, 4, 5), [9], [1, 2, 3, 4],
          {"kind": "circle", "r": 2, "c": 1}, {"kind": "sq"}, Point(0, 0), Point(0, 3), Point(2, 2),
          Point(1, 2), {}, collections.OrderedDict(a=1), 2.5, 1j, object, "x" * 2, b"ab", range(3)]:
    print(repr(s)[:30], "->", describe(s))

def bad():
    match 5:
        case Point(1, 2, 3):
            pass
match [1, 2]:
    case [a, b] if a > 5:
        pass
    case _:
        pass
print(a, b)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TE", e)
x = 10
match x:
    case y:
        print("captured", y)
print(y)
bad2 = {"a": 1}
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
