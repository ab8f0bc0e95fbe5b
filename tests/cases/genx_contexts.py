# Generator expressions in assorted contexts: f-strings, decorators, class keywords, asserts, defaults, walrus, nested.
import functools
ys = [3, 1, 2]
print(f"{', '.join(str(x) for x in ys)} | {sum(x for x in ys)!r:>5} | {max(x for x in ys):03d}")
print(f"{[*(x for x in ys)]=}")
def deco(*names):
    def wrap(fn):
        fn.tags = tuple(n.upper() for n in names)
        return fn
    return wrap
@deco(*(s for s in ["a", "b"]))
def tagged(): pass
print(tagged.tags)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = sorted(kw)
        return super().__new__(mcls, name, bases, ns)
class WithKw(metaclass=Meta, **{k: 1 for k in (c for c in "xy")}):
    pass
print(WithKw.kw)
assert all(x > 0 for x in ys), "positive"
try:
    assert any(x > 5 for x in ys), ", ".join(str(x) for x in ys)
except AssertionError as e:
    print("AssertionError:", e)
d = {i: i for i in range(5)}
for k in list(k for k in d if k % 2):
    del d[k]
print(d)
print((lambda it=(x * 2 for x in ys): list(it))())
print(functools.reduce(lambda a, b: a + b, (x for x in ys)))
s = "  ".join(f"{w}:{len(w)}" for w in "gen exp test".split())
print(s)
print(len(list(c for c in f"{sum(range(5))}xyz")))
x = 5
print(list(x for x in range(x)))
print(list((x, y) for x in range(x) for y in range(x) if x + y == 4))
print([list(g) for g in ((x for _ in range(x)) for x in range(3))])
matrix = [[1, 2], [3, 4]]
print(list(zip(*(row for row in matrix))))
print(dict.fromkeys((c for c in "hello"), 0))
print(list(map(lambda g: next(g), (iter([i]) for i in range(3)))))
if (n := sum(1 for _ in ys)) > 2:
    print("walrus", n)
while (nxt := next((y for y in ys if y > 10), None)) is not None:
    pass
print(nxt)
print(sorted((x for x in ys), key=lambda v: -v))
print(str.join("", (chr(ord("a") + i) for i in range(5))))
print(tuple(tuple(j for j in range(i)) for i in range(4)))
print(type(x for x in ()).__name__)
print(sum(x for x in range(10) if x % 2 if x > 2))
print(list((yield_ for yield_ in range(2))))
print(list(print(v, end=" ") for v in "ab"))
