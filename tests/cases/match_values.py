# Literal and value patterns: negative numbers, complex literals (real +/- imag), strings with
# implicit concatenation, bytes, None/True/False compared by identity while numbers compare by
# equality (1 == True == 1.0), enum members and class attributes as value patterns, a custom
# __eq__ that prints which side is asked, NaN never matching, and value patterns resolved on each
# execution (the dotted name is looked up again).
import enum
import math

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = "blue"

class Flag(enum.IntFlag):
    R = 4
    W = 2

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Loud({self.v}).__eq__({other!r})")
        return self.v == other
    def __repr__(self):
        return f"Loud({self.v})"
    __hash__ = None

class Consts:
    ANSWER = 42
    LOUD = Loud(7)

def lit(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 0:
            return "zero"
        case 1:
            return "one"
        case -2.5:
            return "minus two and a half"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 3j:
            return "3j"
        case -0.0 + 4j:
            return "4j"
        case "multi" "part":
            return "concatenated"
        case "":
            return "empty str"
        case b"bytes" | b"":
            return "bytes literal"
        case Consts.ANSWER:
            return "answer"
        case Color.RED:
            return "Color.RED"
        case Color.BLUE:
            return "Color.BLUE"
        case Flag.R:
            return "Flag.R"
        case _:
            return "no literal"

for x in [True, False, None, 1, 1.0, 0, 0.0, -0.0, -1, -1.0, -2.5, 1 + 2j, complex(-1, -2), 3j,
          4j, complex(0, 4), "multipart", "multi", "", b"bytes", b"", bytearray(b"bytes"), 42,
          42.0, Color.RED, Color.GREEN, Color.BLUE, "blue", 2, Flag.R, Flag.W, Flag.R | Flag.W,
          4, math.nan, float("inf"), [], ()]:
    print(f"{x!r:>26}", "->", lit(x))

print("-- custom __eq__ on the subject side and on the pattern side")
for subj in [Loud(42), Loud(7), Loud("x")]:
    match subj:
        case Consts.ANSWER:
            print(" ", subj, "== ANSWER")
        case Consts.LOUD:
            print(" ", subj, "== LOUD")
        case "x":
            print(" ", subj, "== 'x'")
for subj in [7, 8]:
    match subj:
        case Consts.LOUD:
            print(" ", subj, "matched LOUD")
        case _:
            print(" ", subj, "not LOUD")

print("-- True/False/None use identity")
class EqAll:
    def __eq__(self, other):
        print("  EqAll.__eq__ called")
        return True
    __hash__ = None
match EqAll():
    case None:
        print("None?!")
    case True:
        print("True?!")
    case 5:
        print("EqAll matched 5 via __eq__")
match 1:
    case True:
        print("1 is True?!")
    case 1.0:
        print("1 matched 1.0")
match True:
    case 1:
        print("True matched 1 by equality")
match 1.0:
    case True:
        print("1.0 is True?!")
    case _:
        print("1.0 is not True")

print("-- value patterns are looked up each time")
results = []
for v in [1, 2, 3]:
    Consts.ANSWER = v
    match 2:
        case Consts.ANSWER:
            results.append(f"match at {v}")
        case _:
            results.append(f"miss at {v}")
print(results)

print("-- NaN")
nan = math.nan
class N:
    NAN = nan
match nan:
    case N.NAN:
        print("nan matched nan (identity short-cut in ==?)")
    case _:
        print("nan did not match")
match [nan]:
    case [N.NAN]:
        print("[nan] matched")
    case _:
        print("[nan] no match")

print("-- strings vs bytes vs numbers never cross-match")
for s in ["1", b"1", 1, "None", "True"]:
    match s:
        case 1:
            print(repr(s), "int 1")
        case "1":
            print(repr(s), "str 1")
        case None | True:
            print(repr(s), "singleton")
        case _:
            print(repr(s), "nothing")
