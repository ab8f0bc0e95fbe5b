# Subclasses of list/tuple/dict/str/int that override the protocol methods the match machinery
# uses (__len__, __getitem__, __iter__, get, keys), checking that no exact-type fast path skips
# the overrides; classes registered with Sequence/Mapping ABCs after creation; a metaclass
# __instancecheck__ that accepts foreign objects; self-matching builtin subclasses with and
# without their own __match_args__; and exceptions used as class patterns.
import collections.abc

class LList(list):
    def __len__(self):
        print("  LList.__len__")
        return super().__len__()
    def __getitem__(self, i):
        print("  LList.__getitem__", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  LList.__iter__")
        return super().__iter__()

class LTuple(tuple):
    def __len__(self):
        print("  LTuple.__len__")
        return 2
    def __iter__(self):
        print("  LTuple.__iter__")
        return iter(("from", "iter"))

class LDict(dict):
    def __len__(self):
        print("  LDict.__len__")
        return super().__len__()
    def get(self, k, default=None):
        print("  LDict.get", k)
        return super().get(k, default)
    def __getitem__(self, k):
        print("  LDict.__getitem__", k)
        return super().__getitem__(k)
    def keys(self):
        print("  LDict.keys")
        return super().keys()

class IterDict(dict):
    def __iter__(self):
        print("  IterDict.__iter__")
        return super().__iter__()
    def keys(self):
        print("  IterDict.keys")
        return super().keys()
    def __getitem__(self, k):
        print("  IterDict.__getitem__", k)
        return super().__getitem__(k) * 100

for subj in [LList([1, 2, 3]), LTuple((7, 8)), LTuple((1, 2, 3))]:
    print(type(subj).__name__, list.__repr__(subj) if isinstance(subj, list) else tuple.__repr__(subj))
    match subj:
        case [a, b]:
            print(" two", a, b)
        case [a, *_, c]:
            print(" first/last", a, c)
    match subj:
        case [a, *rest]:
            print(" star", a, rest)

print("-- dict subclasses")
for subj in [LDict(a=1, b=2), IterDict(a=1, b=2)]:
    print(type(subj).__name__)
    match subj:
        case {"a": a, **rest}:
            print(" a", a, "rest", rest)
    match subj:
        case {"zz": _}:
            print(" zz?!")
        case {}:
            print(" empty pattern")

print("-- registration after class creation")
class Later:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return f"item{i}"
class LaterMap:
    def __len__(self):
        return 1
    def get(self, k, d=None):
        return "v" if k == "k" else d
    def __getitem__(self, k):
        return "v"
    def keys(self):
        return ["k"]
def probe(o):
    match o:
        case [a, b]:
            return f"seq {a} {b}"
        case {"k": v, **rest}:
            return f"map {v} {rest}"
        case _:
            return "neither"
print(probe(Later()), probe(LaterMap()))
collections.abc.Sequence.register(Later)
collections.abc.Mapping.register(LaterMap)
print(probe(Later()), probe(LaterMap()))
class LaterChild(Later):
    pass
print("child of registered:", probe(LaterChild()))

print("-- metaclass __instancecheck__")
class Anything(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", type(obj).__name__)
        return True
class Duck(metaclass=Anything):
    __match_args__ = ("real",)
for o in [3, 2.5, "s"]:
    match o:
        case Duck(r) if r != 3:
            print(" ", repr(o), "duck real", r)
        case Duck():
            print(" ", repr(o), "plain duck")

print("-- self-matching builtin subclasses")
class MyStr(str):
    pass
class NamedStr(str):
    __match_args__ = ("upper_",)
    @property
    def upper_(self):
        return self.upper()
class MyBool(int):
    pass
for o in [MyStr("hi"), NamedStr("yo"), MyBool(3), True]:
    match o:
        case MyStr(s):
            print(" MyStr self", s is o, type(s).__name__)
        case NamedStr(u):
            print(" NamedStr attr", u)
        case int(n) if n is o:
            print(" int self", repr(n), type(n).__name__)
    match o:
        case str(real=r) | int(real=r):
            print(" keyword on builtin", repr(r), type(r).__name__)
        case _:
            print(" no 'real' attribute on", type(o).__name__)

print("-- exceptions as class patterns")
for exc in [KeyError("k"), OSError(2, "nope"), ValueError("v", 1), StopIteration(5), SystemExit(3)]:
    match exc:
        case OSError(errno=2, strerror=msg):
            print(" OSError", msg)
        case KeyError(args=(key,)):
            print(" KeyError", key)
        case StopIteration(value=v) | SystemExit(code=v):
            print(" value/code", v)
        case Exception(args=[*a]):
            print(" generic", type(exc).__name__, a)
