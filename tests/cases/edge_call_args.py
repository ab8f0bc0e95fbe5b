# Mutable defaults, keyword-only after *args, ** of dict subclass / non-dict mapping,
# argument errors for lambdas and nested functions.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

counter = [0]
def default_side():
    counter[0] += 1
    return counter[0]
def uses(a=default_side(), b=default_side()):
    return a, b
print(uses(), uses(), counter)

def kwonly(*args, sep="-", end, **rest):
    return sep.join(map(str, args)) + end + str(sorted(rest.items()))
print(kwonly(1, 2, 3, end="!"))
print(kwonly(end="?", sep="+", z=1, a=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)

def posonly(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(posonly(1, d=4))
print(posonly(1, 2, 3, d=4, e=6))
for call in [lambda: posonly(a=1, d=1), lambda: posonly(1, 2, 3, 4, d=1),
             lambda: posonly(1, c=1, d=1, f=2), lambda: posonly()]:
    try:
        call()
    except TypeError as e:
        print(e)

def takes_kw(**kw):
    return sorted(kw.items())

DictSub = type("DictSub", (dict,), {"__getitem__": lambda self, k: "overridden"})
ds = DictSub(a=1, b=2)
print(takes_kw(**ds))

def mk_mapping(data):
    return type("M", (), {"keys": lambda self: list(data), "__getitem__": lambda self, k: data[k] * 10})()
print(takes_kw(**mk_mapping({"x": 1, "y": 2})))

def plain(x, y):
    return x - y
print(plain(**mk_mapping({"y": 1, "x": 5})))
try:
    plain(**mk_mapping({"x": 1, "z": 3}))
except TypeError as e:
    print(e)
try:
    plain(1, **{"x": 2})
except TypeError as e:
    print(e)
try:
    takes_kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    takes_kw(**[1, 2])
except TypeError as e:
    print(e)
try:
    takes_kw(**{1: 2})
except TypeError as e:
    print(e)
try:
    plain(*5)
except TypeError as e:
    print(e)

f = lambda a, b: a + b
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)

def outer():
    def inner(p, *, q):
        return p, q
    return inner
inner = outer()
print(inner.__qualname__)
for call in [lambda: inner(), lambda: inner(1), lambda: inner(1, 2), lambda: inner(1, q=1, r=2)]:
    try:
        call()
    except TypeError as e:
        print(e)

def outer2():
    return lambda *, k: k
try:
    outer2()(1)
except TypeError as e:
    print(e)
print(outer2().__qualname__)

# star args from various iterables and ordering of evaluation
def show(*a, **k):
    return a, sorted(k.items())
print(show(*"ab", *range(2), *{"z": 1}, **{"k": 1}, m=2))
log = []
def note(v):
    log.append(v)
    return v
show(note(1), *[note(2)], note(3), k=note(4), **{"q": note(5)})
print(log)

# defaults and kwdefaults introspection
def intro(a, b=[1], *c, d={"x": 1}, e, **f):
    pass
print(intro.__defaults__, intro.__kwdefaults__, intro.__code__.co_argcount,
      intro.__code__.co_kwonlyargcount, intro.__code__.co_varnames[:6])
intro.__defaults__ = (99,)
def use_changed_defaults(a, b=1):
    return a, b
use_changed_defaults.__defaults__ = ("A", "B")
print(use_changed_defaults(), use_changed_defaults(0))
use_changed_defaults.__defaults__ = None
try:
    use_changed_defaults()
except TypeError as e:
    print(e)
