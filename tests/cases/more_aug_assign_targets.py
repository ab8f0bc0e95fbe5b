# Augmented assignment on names, subscripts, slices, attributes; evaluation order of targets.
log = []
def idx(i):
    log.append(("idx", i))
    return i
def get(obj, name):
    log.append(("get", name))
    return obj
a = [1, 2, 3, 4]
a[idx(0)] += 10
a[idx(-1)] *= 3
a[idx(1)] -= 5
a[idx(2)] **= 3
a[1:3] += [7]
print(a, log)
log.clear()
d = {"k": 1, "l": [1]}
d["k"] += 1
d["k"] <<= 4
d["k"] |= 3
d["k"] ^= 1
d["k"] &= 0xFE
d["k"] >>= 1
d["k"] %= 7
d["l"] += [2]
d["l"] *= 2
d.setdefault("new", 0)
d["new"] -= 1
print(d)
Obj = type("Obj", (), {})
o = Obj()
o.x = 17
o.x //= 2
o.x /= 4
o.y = "ab"
o.y *= 3
o.y += "!"
o.m = [[0, 0], [0, 0]]
o.m[1][0] += 5
get(o, "o").m[get(0, "i")][1] -= 2
print(o.x, o.y, o.m, log)
# augmented assignment on a list is in place; on a tuple it rebinds
a1 = [1]
alias = a1
a1 += [2]
t1 = (1,)
talias = t1
t1 += (2,)
print(a1 is alias, alias, t1 is talias, talias, t1)
s = {1, 2}
sal = s
s |= {3}
s &= {1, 3, 4}
s -= {4}
s ^= {9}
print(sorted(s), s is sal)
c = __import__("collections").Counter("abc")
c += __import__("collections").Counter("aab")
print(sorted(c.items()))
# matrix multiply via __matmul__ / __imatmul__
M = type("M", (), {"__init__": lambda self, v: setattr(self, "v", v),
                   "__matmul__": lambda self, other: M(self.v * other.v),
                   "__repr__": lambda self: "M(%r)" % self.v})
m = M(3)
m @= M(4)
print(m, M(2) @ M(5))
I = type("I", (), {"__init__": lambda self: setattr(self, "n", 0),
                   "__iadd__": lambda self, k: (setattr(self, "n", self.n + k), self)[1]})
i = I()
ialias = i
i += 5
i += 6
print(i is ialias, i.n)
# the famous tuple-of-list case: mutation happens and then assignment fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
x = 5
x += x * 2
x -= -x
x **= 2
x //= 7
x %= 100
print(x)
f = 7.0
f /= 2
f //= 1.5
f **= 0.5
print(f)
st = "a"
st += "b" * 2
st *= 2
print(st)
try:
    nope += 1
except NameError as e:
    print("NameError:", e)
def local_unbound():
    try:
        q += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 0
    return q
local_unbound()
try:
    o.missing += 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    d["nokey"] += 1
except KeyError as e:
    print("KeyError:", e)
try:
    a[99] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    st -= "a"
except TypeError as e:
    print("TypeError:", e)
# chained assignment: targets assigned left to right, value evaluated once
p = q = r = []
p.append(1)
print(p, q, r, p is r)
z = [0, 0, 0]
k = z[k] = 1 if False else 2
print(k, z)
a2, b2 = b2, a2 = 1, 2
print(a2, b2)
