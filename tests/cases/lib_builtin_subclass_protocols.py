# Compiled subclasses of builtins whose overridden dunders must be honoured by every
# syntactic form and library consumer: list subclass (__iter__/__len__/__getitem__/
# __contains__/__bool__) in for/unpacking/star-args/comprehensions/sorted/tuple/set;
# dict subclass (keys/__getitem__) in **kwargs, {**d}, dict(), update(), json.dumps;
# str subclass (__eq__/__hash__/__add__/__mod__), int subclass (__add__/__radd__/__index__);
# collections.UserDict/UserList/UserString subclasses.
import collections
import json


class LoudList(list):
    def __iter__(self):
        print("  LoudList.__iter__")
        return iter(["i1", "i2"])

    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "item%s" % (i,)

    def __contains__(self, x):
        return x == "magic"

    def __add__(self, o):
        return "added"

    def __bool__(self):
        return False


ll = LoudList([1, 2])
for x in ll:
    print("for", x)
print(len(ll), ll[0], ll[0:1], "magic" in ll, 1 in ll, ll + [1], bool(ll), list.__len__(ll))
print(list(ll), [y for y in ll])
a, b = ll
print("unpacked", a, b)


def star(*args):
    return args


print(star(*ll), sorted(ll), "truthy" if ll else "falsy", tuple(ll), sorted(set(ll)))
print(*ll)
print([*ll], (*ll,), json.dumps(ll), list(reversed(ll)) if False else "-")


class LoudDict(dict):
    def __getitem__(self, k):
        return "got-" + str(k)

    def keys(self):
        print("  LoudDict.keys")
        return ["a", "z"]

    def __iter__(self):
        return iter(["q"])

    def __contains__(self, k):
        return True

    def __len__(self):
        return 7

    def get(self, k, d=None):
        return "get-" + k


ld = LoudDict(a=1)
print(ld["x"], "nope" in ld, len(ld), list(ld), ld.get("k"), [k for k in ld], dict.__len__(ld))


def kwf(**kw):
    return sorted(kw.items())


print(kwf(**ld))
print({**ld})
print(dict(ld))
target = {}
target.update(ld)
print(target, json.dumps(ld), sorted(ld.items()))


class CIStr(str):
    def __eq__(self, o):
        return isinstance(o, str) and self.lower() == o.lower()

    def __hash__(self):
        return hash(self.lower())

    def __add__(self, o):
        return CIStr(str.__add__(self, o))

    def __mod__(self, o):
        return "CIStr%"


s = CIStr("Hello")
print(s == "HELLO", "hello" == s, s != "x", s + "!", type(s + "!").__name__, s % 3, f"{s}", s.upper())
table = {CIStr("Key"): 1}
print(table.get(CIStr("KEY")), CIStr("KEY") in table, "Key" in table, sorted([CIStr("b"), CIStr("A"), "a"]))


class Weird(int):
    def __add__(self, o):
        return "Weird+"

    def __radd__(self, o):
        return "Weird r+"

    def __lt__(self, o):
        return "LT"

    def __index__(self):
        return 1

    def __bool__(self):
        return False


w = Weird(5)
print(w + 1, 1 + w, w < 3, [10, 20, 30, 40, 50, 60][w], "t" if w else "f", w * 2, -w, w == 5, hex(w), range(10)[w])
total = 0
for k in range(3):
    total = total + w
    print("loop", total)
print(sum([w, w]) if False else "skip-sum", max(Weird(3), 2) if False else "skip-max")


class Inventory(collections.UserDict):
    def __setitem__(self, key, value):
        if value < 0:
            raise ValueError("negative stock for %s" % key)
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 0


inv = Inventory(Apples=3)
inv["PEARS"] = 2
inv.update(kiwi=1)
print(dict(inv), inv["nothing"], "apples" in inv, len(inv), sorted(inv))
try:
    inv["bad"] = -1
except ValueError as e:
    print("ValueError:", e)


class History(collections.UserList):
    def append(self, item):
        super().append((len(self.data), item))


h = History()
h.append("a")
h.append("b")
h.extend(["raw"])
print(h, h[0], len(h), h + [9], type(h[:1]).__name__)


class Shout(collections.UserString):
    def __str__(self):
        return self.data.upper()


sh = Shout("quiet")
print(sh, repr(sh), sh + "!", type(sh + "!").__name__, sh.replace("q", "Q"), len(sh), "ui" in sh)
