# Parameters of every kind and the exact TypeError message for each bad call.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return a, b, c, d, args, e, f, kwargs
def posonly(a, b=2, /):
    return a, b
def kwonly(*, x, y=1):
    return x, y
def plain(a, b):
    return a, b
def star_only(*args):
    return args
def defaults(a, b=[], c={}):
    b.append(a)
    return b, c
def no_args():
    return "none"
nothing = None
text = "str"
lam = lambda p, q=2, *r, s, **t: (p, q, r, s, t)
print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9, a=10, b=11))
print(f(1, 2, c=3, d=5, e=6))
print(posonly(1), posonly(1, 3), kwonly(x=1), kwonly(y=2, x=3), star_only(), star_only(*range(3)))
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__[0])
print(lam(1, s=3), lam(1, 2, 3, 4, s=5, t=6))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
print(lam.__name__, lam.__defaults__, lam.__kwdefaults__, lam.__code__.co_varnames)
calls = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, b=2, c=3, e=4)", lambda: f(1, b=2, c=3, e=4)),
    ("f(1, 2, 3, c=3, e=1)", lambda: f(1, 2, 3, c=3, e=1)),
    ("posonly()", lambda: posonly()),
    ("posonly(1, 2, 3)", lambda: posonly(1, 2, 3)),
    ("posonly(a=1)", lambda: posonly(a=1)),
    ("posonly(1, b=2)", lambda: posonly(1, b=2)),
    ("kwonly(1)", lambda: kwonly(1)),
    ("kwonly()", lambda: kwonly()),
    ("kwonly(x=1, z=2)", lambda: kwonly(x=1, z=2)),
    ("kwonly(1, x=2)", lambda: kwonly(1, x=2)),
    ("plain()", lambda: plain()),
    ("plain(1)", lambda: plain(1)),
    ("plain(b=1)", lambda: plain(b=1)),
    ("plain(1, 2, 3)", lambda: plain(1, 2, 3)),
    ("plain(1, 2, 3, 4)", lambda: plain(1, 2, 3, 4)),
    ("plain(1, a=1)", lambda: plain(1, a=1)),
    ("plain(1, 2, c=3)", lambda: plain(1, 2, c=3)),
    ("plain(1, 2, c=3, d=4)", lambda: plain(1, 2, c=3, d=4)),
    ("plain(*[1], **{'a': 2})", lambda: plain(*[1], **{"a": 2})),
    ("no_args(1)", lambda: no_args(1)),
    ("no_args(x=1)", lambda: no_args(x=1)),
    ("star_only(k=1)", lambda: star_only(k=1)),
    ("lam()", lambda: lam()),
    ("lam(1)", lambda: lam(1)),
    ("defaults(1, 2, 3, 4)", lambda: defaults(1, 2, 3, 4)),
    ("defaults(b=1)", lambda: defaults(b=1)),
    ("f(1, 2, 3, e=1, **{'e': 2})", lambda: f(1, 2, 3, e=1, **{"e": 2})),
    ("print(sep=1)", lambda: print("x", sep=1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("int(x=1)", lambda: int(x=1)),
    ("sorted([], 1)", lambda: sorted([], 1)),
    ("None()", lambda: nothing()),
    ("'str'()", lambda: text()),
    ("(1)(2)", lambda: (lambda: 1)()(2)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "-> TypeError:", e)
def nested_outer():
    def inner(a, *, k):
        return a, k
    return inner
inner = nested_outer()
for bad in [lambda: inner(), lambda: inner(1), lambda: inner(1, 2), lambda: inner(1, k=1, j=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
import functools
part = functools.partial(plain, 1)
print(part(2))
try:
    part(2, 3)
except TypeError as e:
    print("TypeError:", e)
bound = {"k": 1}.get
print(bound("k"), bound("z", "dflt"))
meth = type("M", (), {"m": lambda self, x: (self.__class__.__name__, x)})()
print(meth.m(1))
try:
    meth.m()
except TypeError as e:
    print("TypeError:", e)
try:
    meth.m(1, 2)
except TypeError as e:
    print("TypeError:", e)
def kw_names(**kw):
    return sorted(kw)
print(kw_names(**{"a-b": 1, "class": 2, "": 3}))
def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
print(many(*range(8)), many(1, 2, 3, *[4, 5], 6, *[7], h=8))
