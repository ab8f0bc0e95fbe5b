# Mapping patterns: dict, OrderedDict, defaultdict (its __missing__ must never run), custom
# collections.abc.Mapping subclasses whose get/__getitem__/__iter__/__len__ print, **rest (a fresh
# dict, order preserved), dotted-name keys, literal keys of several types, and the ValueError for
# duplicate keys that only show up at run time through value patterns.
import collections
import collections.abc

class K:
    A = "a"
    B = "b"
    ALSO_A = "a"
    ONE = 1

class LogMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = dict(kw)
    def __getitem__(self, k):
        print("  getitem", k)
        return self.d[k]
    def __iter__(self):
        print("  iter")
        return iter(self.d)
    def __len__(self):
        print("  len")
        return len(self.d)
    def get(self, k, default=None):
        print("  get", k, "default" if default is not None else "None")
        return self.d.get(k, default)
    def keys(self):
        print("  keys")
        return self.d.keys()

class Missing(dict):
    def __missing__(self, k):
        print("  __missing__", k)
        return "MISSING"

def dd_factory():
    print("  default_factory called")
    return 0

def classify(m):
    match m:
        case {"type": "point", "x": x, "y": y, **rest} if not rest:
            return f"point {x},{y}"
        case {"type": "point", **rest}:
            return f"point+ {sorted(rest)}"
        case {K.A: 1, K.B: b}:
            return f"dotted a=1 b={b}"
        case {K.ONE: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {None: n, True: t}:
            return f"None/True keys {n} {t}"
        case {"x": {"y": {"z": z}}}:
            return f"deep z={z}"
        case {"k": [a, *_]}:
            return f"list value first={a}"
        case {}:
            return f"some mapping len={len(m)}"
        case _:
            return "not a mapping"

for m in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "line"}, {"a": 1, "b": 5}, {"b": 5, "a": 2}, {1: "one", 2: "two"},
          {1.0: "one", 2: "two", 3: 4}, {True: "t", None: "n"}, {"x": {"y": {"z": 9}}},
          {"x": {"y": []}}, {"k": [4, 5]}, {"k": "str"}, {}, collections.OrderedDict(b=2, a=1),
          collections.OrderedDict(a=1, b=3), [("a", 1)], "abc", None, 0, set()]:
    print(repr(m)[:40], "->", classify(m))

print("-- defaultdict")
dd = collections.defaultdict(dd_factory, {"present": 1})
match dd:
    case {"absent": v}:
        print("absent matched", v)
    case {"present": v, **rest}:
        print("present", v, rest, type(rest).__name__)
print(sorted(dd.items()))
print("-- dict subclass with __missing__")
mm = Missing(x=1)
match mm:
    case {"y": y}:
        print("y", y)
    case {"x": x}:
        print("x", x)
print(dict(mm))
print("-- custom mapping")
lm = LogMap(a=1, b=2, c=3)
match lm:
    case {"z": z}:
        print("z", z)
    case {"a": 1, "c": c}:
        print("a, c", c)
print("-- custom mapping with **rest")
match lm:
    case {"b": b, **rest}:
        print("b", b, "rest", rest, type(rest).__name__)
print("-- empty mapping pattern on custom mapping")
match LogMap():
    case {}:
        print("matched empty pattern")
print("-- rest order and independence")
src = {"z": 1, "y": 2, "x": 3, "w": 4}
match src:
    case {"y": _, **others}:
        others["new"] = 5
        print(others, src)
print("-- duplicate keys at run time")
for pat in range(3):
    try:
        match {"a": 1, "b": 2}:
            case {K.A: 1, K.ALSO_A: 1} if pat == 0:
                print("no")
            case {"a": x, K.ALSO_A: y}:
                print("no", x, y)
    except ValueError as e:
        print("ValueError:", e)
try:
    match {1: "x", 2: "y"}:
        case {1: _, K.ONE: _}:
            print("no")
except ValueError as e:
    print("ValueError:", e)
print("-- value pattern keys compared by hash/eq")
match {1: "int one"}:
    case {True: v}:
        print("True key found", v)
match {-1: "neg", 2j: "cplx", b"k": "bytes"}:
    case {-1: a, 0 + 2j: b, b"k": c}:
        print("literal keys", a, b, c)
print("-- too few keys: length check happens before duplicate check")
match {1: "x"}:
    case {1: _, K.ONE: _}:
        print("no")
    case _:
        print("no ValueError, subject too short")
print("-- **rest is built only after the value sub-patterns matched")
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  Loud.__eq__", other)
        return self.v == other
    __hash__ = None
class V:
    ONE = Loud(1)
for subj in [LogMap(a=2, b=3), LogMap(a=1, b=3)]:
    match subj:
        case {"a": V.ONE, **rest}:
            print("matched, rest =", rest)
        case _:
            print("no match")
