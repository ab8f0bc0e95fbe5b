# KeyError/IndexError/TypeError from subscripts with unusual keys (tuples, exceptions, bools, huge ints).
def f(d, k):
    try:
        return d[k]
    except KeyError as e:
        return repr(e), e.args, str(e)
print(f({}, (1, 2)))
print(f({}, ()))
print(f({}, (None,)))
print(f({}, KeyError("x")))
print(f({}, None))
print(f({}, ""))
print(f({}, 1.5))
try:
    {}[[1]]
except TypeError as e:
    print(e)
print(f({1: 2}, True), f({1.0: "f"}, 1))
class_dict = type("DD", (dict,), {"__missing__": lambda self, k: ("missing", k)})
print(f(class_dict(), (1, 2)))
l = [1, 2, 3]
for i in (-1, -3, 2, 2 ** 30, -(2 ** 30), 2 ** 62, True):
    try:
        print(l[i])
    except IndexError as e:
        print("IndexError", e)
t = (1,)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    l["x"]
except TypeError as e:
    print(e)
try:
    t[1.0]
except TypeError as e:
    print(e)
try:
    del l[10]
except IndexError as e:
    print(e)
try:
    l[10] = 1
except IndexError as e:
    print(e)
d = {}
try:
    del d[(1, 2)]
except KeyError as e:
    print(repr(e))
s = set()
try:
    s.remove((1, 2))
except KeyError as e:
    print(repr(e))
try:
    {}.pop((3, 4))
except KeyError as e:
    print(repr(e))
