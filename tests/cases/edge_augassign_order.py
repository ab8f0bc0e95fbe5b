# Evaluation order of augmented and chained assignments; in-place fallbacks; the classic
# `t[0] += [x]` on a tuple (mutates, then raises).
log = []
def note(tag, value):
    log.append(tag)
    return value

def make_tracer(name, data):
    def getitem(self, k):
        log.append(f"{name}.get[{k}]")
        return data[k]
    def setitem(self, k, v):
        log.append(f"{name}.set[{k}]={v!r}")
        data[k] = v
    def getattr_(self, a):
        log.append(f"{name}.getattr {a}")
        return data[a]
    def setattr_(self, a, v):
        log.append(f"{name}.setattr {a}={v!r}")
        data[a] = v
    return type("Tracer", (), {"__getitem__": getitem, "__setitem__": setitem,
                               "__getattr__": getattr_, "__setattr__": setattr_})()

t = make_tracer("t", {"k": 1, "a": 10})
note("obj", t)[note("key", "k")] += note("val", 5)
print(log); log.clear()
note("obj", t).a *= note("val", 3)
print(log); log.clear()
x = note("rhs", 7)
a = b = note("rhs2", [])
print(a is b)
t["k"] = t.a = note("rhs3", "shared")
print(log); log.clear()
note("o1", t)[note("k1", "k")], note("o2", t).a = note("v", (1, 2))
print(log); log.clear()

# in-place falling back to binary operator
Num = type("Num", (), {
    "__init__": lambda self, v: setattr(self, "v", v),
    "__iadd__": lambda self, o: NotImplemented,
    "__add__": lambda self, o: (log.append("add"), Num(self.v + o))[1],
    "__radd__": lambda self, o: (log.append("radd"), Num(o + self.v))[1],
    "__repr__": lambda self: f"Num({self.v})",
})
n = Num(1)
orig = n
n += 2
print(n, orig, n is orig, log); log.clear()
m = 5
m += Num(1)
print(m, log); log.clear()
NoOps = type("NoOps", (), {})
try:
    q = NoOps()
    q -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    q = NoOps()
    q @= 1
except TypeError as e:
    print("TypeError:", e)
try:
    q = 1
    q **= NoOps()
except TypeError as e:
    print("TypeError:", e)

t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t2)

s = "ab"
s2 = s
s += "c"
print(s, s2)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError:", e)
fs = frozenset([1])
fs_alias = fs
fs |= {2}
print(sorted(fs), sorted(fs_alias), fs is fs_alias)
d = {"a": 1}
d |= {"b": 2}
print(d)
d2 = d | {"a": 0}
print(d2, d)

def aug_global():
    global G
    G += 1
    return G
G = 10
print(aug_global(), G)
def aug_closure():
    c = [0]
    n = 0
    def inner():
        nonlocal n
        n += 1
        c[0] += n
    inner(); inner()
    return n, c
print(aug_closure())
def aug_attr_on_function():
    f = lambda: 0
    f.count = 0
    for _ in range(3):
        f.count += 1
    return f.count
print(aug_attr_on_function())
def aug_slice():
    l = [1, 2, 3, 4]
    l[1:3] += ["x"]
    l[::2] *= 1
    return l
try:
    print(aug_slice())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
def aug_dict_missing():
    d = {}
    try:
        d["k"] += 1
    except KeyError as e:
        return "KeyError " + str(e)
print(aug_dict_missing())
