# Exceptions raised while matching: __eq__ raising in a value pattern, a property getter raising
# (AttributeError fails the match quietly, other errors propagate), __len__/__getitem__ raising in
# sequence patterns, a mapping's get raising, __instancecheck__ raising, errors in guards, and the
# frames recorded in the traceback (function name + line). Ends with an uncaught error.
import sys
import traceback
import collections.abc

def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]

class BadEq:
    def __eq__(self, other):
        raise RuntimeError(f"eq with {other!r}")
    __hash__ = object.__hash__

class Holder:
    BAD = BadEq()

class Attrs:
    __match_args__ = ("ok", "missing", "boom")
    ok = 1
    @property
    def missing(self):
        raise AttributeError("missing attr")
    @property
    def boom(self):
        raise KeyError("boom in getter")

class BadSeq(collections.abc.Sequence):
    def __init__(self, fail_in):
        self.fail_in = fail_in
    def __len__(self):
        if self.fail_in == "len":
            raise OSError("len failed")
        return 3
    def __getitem__(self, i):
        if self.fail_in == "getitem":
            raise LookupError(f"getitem {i}")
        if i >= 3:
            raise IndexError(i)
        return i
    def __iter__(self):
        if self.fail_in == "iter":
            raise ZeroDivisionError("iter failed")
        return iter([0, 1, 2])

class BadMap(collections.abc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
    def __iter__(self):
        return iter(["a"])
    def __len__(self):
        return 1
    def get(self, k, default=None):
        raise PermissionError(f"get {k}")

class Meta(type):
    def __instancecheck__(cls, obj):
        raise TypeError("instancecheck exploded")
class Weird(metaclass=Meta):
    pass

def value_eq(x):
    match x:
        case 1:
            return "one"
        case Holder.BAD:
            return "bad"

def attrs_missing():
    match Attrs():
        case Attrs(1, _):
            return "matched ok+missing?"
        case Attrs(ok=1):
            return "AttributeError just fails the match"

def attrs_boom():
    match Attrs():
        case Attrs(ok=1, boom=_):
            return "no"

def seq(kind, pattern_kind):
    match BadSeq(kind):
        case [a, b, c] if pattern_kind == "fixed":
            return ("fixed", a, b, c)
        case [a, *rest] if pattern_kind == "star":
            return ("star", a, rest)
        case [a, *_, c]:
            return ("wild", a, c)

def mapping():
    match BadMap():
        case {"a": v}:
            return v

def inst():
    match 5:
        case Weird():
            return "weird"

def guard_error(x):
    match x:
        case [a, b] if a / b > 1:
            return "ratio"
        case _:
            return "other"

def deep(n):
    if n == 0:
        return value_eq(2)
    return deep(n - 1)

calls = [("value_eq(1)", lambda: value_eq(1)), ("value_eq(2)", lambda: value_eq(2)),
         ("attrs_missing", attrs_missing), ("attrs_boom", attrs_boom)]
for kind in ["len", "getitem", "iter", "none"]:
    for pk in ["fixed", "star", "wild"]:
        calls.append((f"seq({kind}, {pk})", lambda kind=kind, pk=pk: seq(kind, pk)))
calls += [("mapping", mapping), ("inst", inst), ("guard_error([4, 2])", lambda: guard_error([4, 2])),
          ("guard_error([4, 0])", lambda: guard_error([4, 0])), ("deep(3)", lambda: deep(3))]
for label, fn in calls:
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raised", type(e).__name__, e, frames(e)[1:])

def outer():
    return inner({"cmd": "go", "arg": Holder.BAD})

def inner(msg):
    match msg:
        case {"cmd": "stop"}:
            return "stopped"
        case {"cmd": "go", "arg": 0 | "fast"}:
            return "going"
    return "unknown"

sys.stdout.flush()
print(outer())
