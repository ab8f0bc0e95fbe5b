# Slices with steps and negatives, slice assignment/deletion, extended slices, del forms.
s = list(range(10))
print(s[::2], s[1::3], s[::-1], s[-3:], s[:-3], s[-1:-5:-1], s[5:2], s[5:2:-1], s[100:], s[-100:2])
print(s[::-3], s[8:1:-2], s[None:None:None], s[slice(2, 8, 2)], s[-2:-8:-2], s[3:-3])
t = "abcdefgh"
print(t[::-1], t[1:-1:2], t[-3::-1], t[::7], (1, 2, 3, 4)[::-2], range(20)[3:15:4], b"bytes"[::2])
a = list(range(8))
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 11, 12]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[-2:] = []
print(a)
a[len(a):] = "yz"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::-1] = 5
except TypeError as e:
    print("TypeError:", e)
b = list(range(12))
del b[::3]
print(b)
del b[-2:]
print(b)
del b[1:3], b[0]
print(b)
del b[::-2]
print(b)
c = list(range(6))
c[1:4] = [i * 10 for i in [7]] if False else [70, 80]
print(c)
c[4:1] = [99]
print(c)
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), c[sl], slice(5).indices(3))
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    t["a":]
except TypeError as e:
    print("TypeError:", e)
# objects with __getitem__ receive slice objects and tuples
Probe = type("Probe", (), {"__getitem__": lambda self, k: k,
                           "__setitem__": lambda self, k, v: print("set", k, v),
                           "__delitem__": lambda self, k: print("del", k)})
p = Probe()
print(p[1:2], p[::], p[1:2, 3], p[..., 1], p[:, None], p[()], p[-1])
p[1:2:3] = "v"
p[0, 1:] = "w"
del p[::-1]
del p[1, 2]
# del of names, items, attributes, nested
x = 1
y = [1, 2, 3]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": {"inner": 1}}
del d["a"], d["c"]["inner"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
O = type("O", (), {"cls_attr": 5})
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "attr"), O.cls_attr)
del O.cls_attr
print(hasattr(O, "cls_attr"))
(e1, [e2, e3]) = (1, [2, 3])
del (e1, [e2, e3])
print("e1" in globals(), "e2" in globals())
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    z = 1
    def inner():
        return z
    del z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
for i in range(3):
    pass
del i
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
tup = (1, 2)
try:
    del tup[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del y[5]
except IndexError as e:
    print("IndexError:", e)
s2 = "hello"
try:
    s2[0] = "H"
except TypeError as e:
    print("TypeError:", e)
mv = memoryview(bytearray(b"abcdef"))
mv[1:3] = b"XY"
print(bytes(mv), bytes(mv[::-1]), mv[::2].tolist())
