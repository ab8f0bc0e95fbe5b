# Starred unpacking in assignments, for targets, displays, calls; dict merging.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(2)
h, *i, j = (1, 2, 3, 4, 5)
print(a, b, c, d, e, f, g, h, i, j)
[k, [l, *m], *n] = [1, [2, 3, 4], 5, 6]
print(k, l, m, n)
(o, p), *q = {"ab": 1, "cd": 2}
print(o, p, q)
for first, *rest in [(1, 2, 3), [4], "56"]:
    print(first, rest)
for idx, (key, *vals) in enumerate([("a", 1, 2), ("b",)]):
    print(idx, key, vals)
x = [1, 2]
y = (3, 4)
print([*x, *y, *"ab", *range(2)], (*x,), (*x, *y), {*x, *y, *x} == {1, 2, 3, 4}, [*[], *()])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100}, {**{}}, d1 | d2, {**dict(q=1)})
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*x, *y, 5, *[], **d1, **{"e": 5}))
print(show(*"hi", sep="-", **{"end": "."}))
try:
    show(**d1, **{"a": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
# unpacking from an iterator consumes it lazily and in order
log = []
It = type("It", (), {"__init__": lambda self, n: setattr(self, "n", n),
                     "__iter__": lambda self: self,
                     "__next__": lambda self: self.step()})
def step(self):
    if self.n == 0:
        raise StopIteration
    self.n -= 1
    log.append(self.n)
    return self.n
It.step = step
first, *middle, last = It(5)
print(first, middle, last, log)
try:
    u, v = It(3)
except ValueError as e:
    print("ValueError:", e)
# swap and rotate
p1, p2, p3 = 1, 2, 3
p1, p2, p3 = p3, p1, p2
print(p1, p2, p3)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
obj = type("O", (), {})()
obj.a, (obj.b, *obj.c) = "A", "BCD"
print(obj.a, obj.b, obj.c)
m = {}
m["x"], m["y"] = m["z"], *_ = [1, 2], 9
print(m, _)
head, *tail = "x"
print(head, tail)
*everything, = range(3)
print(everything)
nested = [[1, [2, [3, [4]]]]]
[[n1, [n2, [n3, [n4]]]]] = nested
print(n1 + n2 + n3 + n4)
print(*[1, 2], *"ab", sep=",")
print(*[], sep="never")
print(max(*[3, 1, 2]), min(*"zy", "x"), dict(**d1, c=3), list(zip(*[(1, 2), (3, 4)])))
