# Special methods are looked up on the type, not the instance (with, operators, len, bool,
# iteration, unpacking); protocol violations (__len__ < 0, __bool__ non-bool, __index__).
CM = type('CM', (), {'__enter__': lambda s: "type enter", '__exit__': lambda s, *a: print("type exit", a[0])})
c = CM()
c.__enter__ = lambda: 'instance enter'
c.__exit__ = lambda *a: print("instance exit")
with c as v:
    print(v)
Only = type("Only", (), {})
o = Only()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# special method lookup for operators also uses the type
N = type("N", (), {"__add__": lambda s, o: "type add", "__len__": lambda s: 3, "__bool__": lambda s: False,
                   "__iter__": lambda s: iter([1, 2]), "__contains__": lambda s, x: True, "__getitem__": lambda s, k: "type item"})
n = N()
n.__add__ = lambda o: "instance add"
n.__len__ = lambda: 99
n.__bool__ = lambda: True
n.__iter__ = lambda: iter([9])
n.__contains__ = lambda x: False
n.__getitem__ = lambda k: "instance item"
print(n + 1, len(n), bool(n), "yes" if n else "no", list(n), 5 in n, n[0])
a, b = n
print(a, b, [x for x in n], *n)
H = type("H", (), {"__hash__": None})
try:
    {H(): 1}
except TypeError as e:
    print(e)
L = type("L", (), {"__len__": lambda s: -1})
try:
    bool(L())
except ValueError as e:
    print(e)
try:
    if L():
        pass
except ValueError as e:
    print(e)
B = type("B", (), {"__bool__": lambda s: "yes"})
try:
    not B()
except TypeError as e:
    print(e)
try:
    print(1 if B() else 2)
except TypeError as e:
    print(e)
try:
    print(B() and 1)
except TypeError as e:
    print(e)
Big = type("Big", (), {"__len__": lambda s: 2 ** 70})
try:
    len(Big())
except OverflowError as e:
    print(e)
try:
    if Big(): print("big truthy")
except OverflowError as e:
    print(e)
Idx = type("Idx", (), {"__index__": lambda s: 2})
print([10, 20, 30][Idx()], "abc"[Idx()], range(5)[Idx()], bin(Idx()), [0] * Idx())
BadIdx = type("BadIdx", (), {"__index__": lambda s: "no"})
try:
    [1][BadIdx()]
except TypeError as e:
    print(e)
