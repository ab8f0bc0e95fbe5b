# Class patterns: __match_args__ on plain classes, dataclasses and namedtuples, keyword
# sub-patterns, missing attributes failing the match, properties evaluated in order (the getter
# prints), the TypeErrors (too many positionals, __match_args__ not a tuple, non-str entries,
# duplicate attribute, called pattern not a type), self-matching builtins and their subclasses.
from dataclasses import dataclass, field
from collections import namedtuple
import collections
import datetime

class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Logged:
    __match_args__ = ("a", "b", "c")
    def __init__(self, **kw):
        self._d = kw
    def __getattr__(self, name):
        print("  getattr", name)
        if name in self._d:
            return self._d[name]
        raise AttributeError(name)

class Prop:
    __match_args__ = ("first", "second")
    @property
    def first(self):
        print("  first getter")
        return 1
    @property
    def second(self):
        print("  second getter")
        return 2

@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

Pair = namedtuple("Pair", "left right")

class MyInt(int):
    __match_args__ = ("real", "imag")

class Sub(Vec):
    __match_args__ = ("y",)

class BadList:
    __match_args__ = ["x"]
    x = 1

class BadEntry:
    __match_args__ = ("x", 3)
    x = 1

def describe(o):
    match o:
        case Vec(0, 0):
            return "vec origin"
        case Sub(5):
            return "sub with y=5"
        case Vec(x, y=0):
            return f"vec on x axis at {x}"
        case Vec(x=0, y=y):
            return f"vec on y axis at {y}"
        case Vec(Vec() as inner, _):
            return f"vec of vec, inner.x={inner.x}"
        case Item(name, qty=0):
            return f"item {name} out of stock"
        case Item(name, q, [first, *_]):
            return f"item {name} x{q} first tag {first}"
        case Item(name=n, qty=q):
            return f"item {n} x{q}"
        case Pair(l, Pair(r1, r2)):
            return f"pair of pair {l} {r1} {r2}"
        case Pair(left=l):
            return f"pair left={l}"
        case MyInt(5, 0):
            return "MyInt five"
        case MyInt(r):
            return f"MyInt real={r}"
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "some zero"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s) | bytearray(s):
            return f"stringy {s!r}"
        case list([x, *_]) | tuple([x, *_]):
            return f"non-empty {type(o).__name__} first {x}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set(s) | frozenset(s):
            return f"{type(o).__name__} of {len(s)}"
        case object(__class__=cls):
            return f"object of class {cls.__name__}"

for o in [Vec(0, 0), Vec(3, 0), Vec(0, 4), Vec(Vec(7, 8), 1), Vec(1, 1), Sub(9, 5), Sub(0, 0),
          Sub(2, 3), Item("apple"), Item("pear", 3, ["fresh", "green"]), Item("fig", 2),
          Pair(1, Pair(2, 3)), Pair(1, 2), MyInt(5), MyInt(6), True, False, 0, 0.0, 17, 2.5,
          "s", b"b", bytearray(b"ba"), [1, 2], (3,), [], {"k": 1}, {"j": 2}, {1, 2},
          frozenset(), None, 1j]:
    print(repr(o)[:28] if not isinstance(o, (Vec, Logged)) else type(o).__name__, "->", describe(o))

print("-- attribute lookups in order")
for kw in [dict(a=1, b=2, c=3), dict(a=1, c=3), dict(b=2)]:
    match Logged(**kw):
        case Logged(1, 2, z=9):
            print("z")
        case Logged(a, b, c):
            print("all three", a, b, c)
        case Logged(c=c, a=a):
            print("c and a", c, a)
        case _:
            print("none")
print("-- properties")
match Prop():
    case Prop(1, 3):
        print("no")
    case Prop(second=2, first=f):
        print("props", f)

print("-- TypeErrors")
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many():
    match Vec(1, 2):
        case Vec(1, 2, 3):
            pass
def too_many_builtin():
    match 5:
        case int(5, 6):
            pass
def not_tuple():
    match BadList():
        case BadList(1):
            pass
def bad_entry():
    match BadEntry():
        case BadEntry(1, 2):
            pass
def duplicate():
    match Vec(1, 2):
        case Vec(1, x=1):
            pass
def not_a_type():
    f = len
    match 5:
        case f():
            pass
def no_match_args():
    match object():
        case object(1):
            pass
def dup_ok_when_no_match():
    match 5:
        case Vec(1, x=1):
            pass
def qualified_name():
    match datetime.date(2000, 1, 2):
        case datetime.date(2000):
            pass
def ordered_dict_self():
    match collections.OrderedDict(a=1):
        case collections.OrderedDict(d) if d:
            print("OrderedDict matches itself:", d)
        case collections.OrderedDict(d, e):
            pass
for label, fn in [("too_many", too_many), ("qualified_name", qualified_name),
                  ("ordered_dict_self", ordered_dict_self), ("too_many_builtin", too_many_builtin),
                  ("not_tuple", not_tuple), ("bad_entry", bad_entry), ("duplicate", duplicate),
                  ("not_a_type", not_a_type), ("no_match_args", no_match_args),
                  ("dup_ok_when_no_match", dup_ok_when_no_match)]:
    attempt(label, fn)
match BadList():
    case BadList(x=1):
        print("keywords still fine with bad __match_args__")
