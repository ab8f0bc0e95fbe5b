# Star-assignment edge cases, slicing with huge/negative steps, slice assignment errors.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")

def unpack1():
    a, *b, c = range(2)
    return a, b, c
attempt("a,*b,c=range(2)", unpack1)
def unpack2():
    a, *b, c = range(1)
    return a, b, c
attempt("a,*b,c=range(1)", unpack2)
def unpack3():
    *a, = "xy"
    return a
attempt("*a,='xy'", unpack3)
def unpack4():
    a, b = "xyz"
    return a, b
attempt("a,b='xyz'", unpack4)
def unpack5():
    a, b, c = [1]
    return a
attempt("a,b,c=[1]", unpack5)
def unpack6():
    a, b = 1
    return a
attempt("a,b=1", unpack6)
def unpack7():
    (a, *b), *c = "hi", "there", "you"
    return a, b, c
attempt("nested star", unpack7)
def unpack8():
    [a, [b, *c]] = 1, {"k": 0, "j": 1, "i": 2}
    return a, b, c
attempt("dict unpack", unpack8)
def unpack9():
    a, *b = iter(range(5))
    return a, b
attempt("iter unpack", unpack9)
def unpack10():
    x = [0, 0, 0]
    i = 0
    i, x[i] = 1, 2   # left to right: i assigned first
    return x
attempt("order", unpack10)
def unpack11():
    d = {}
    d["a"], d["b"], *d["rest"] = range(5)
    return d
attempt("subscript targets", unpack11)
def unpack12():
    a, b = b, a = 1, 2
    return a, b
attempt("chained", unpack12)
def unpack13():
    first, *_, last = range(10 ** 6)
    return first, last, len(_)
attempt("big", unpack13)
def unpack14():
    for a, *b in [(1,), (2, 3, 4), "xy"]:
        print(" ", a, b)
    return "done"
attempt("for star", unpack14)
def unpack15():
    for a, b in [(1, 2), (3,)]:
        pass
attempt("for short", unpack15)
def unpack16():
    a, b = None
attempt("None", unpack16)
def unpack17():
    Bad = type("Bad", (), {"__iter__": lambda s: iter([1, 1 / 0])})
    a, b = Bad()
attempt("iter raising", unpack17)
print(*[], *(), sep="|")
print([*range(3), *"ab", *{1: 2}], {*(), *[1, 1]}, (*"a",), {**{"a": 1}, "a": 2, **{"b": 3}})

s = list(range(10))
print(s[::-1], s[::10 ** 20], s[::-(10 ** 20)], s[10 ** 20:], s[-(10 ** 20):2], s[-3:-1], s[-1:-3], s[-1:-3:-1])
print(s[5:2:-1], s[2:5:-1], s[::3], s[1::-2], s[:-(10 ** 30):-4], "abcdef"[::-2], "abcdef"[-10:10:2], (0, 1, 2)[::-1])
print(range(10)[::-3], range(10)[2:100:3], range(0, 10 ** 30, 7)[10 ** 25], len(range(0, 10 ** 30, 7)) if False else "len-skip")
attempt("step 0", lambda: s[::0])
attempt("step 0 str", lambda: "abc"[1:2:0])
attempt("slice float", lambda: s[1.0:2])
attempt("slice None", lambda: s[None:None:None])
attempt("slice obj", lambda: s[slice(-2, None)])
Idx = type("Idx", (), {"__index__": lambda self: 3})
attempt("__index__", lambda: (s[Idx()], s[Idx():], s[:Idx():Idx()]))

def sa1():
    l = list(range(6))
    l[1:3] = "abcd"
    return l
attempt("grow", sa1)
def sa2():
    l = list(range(6))
    l[::2] = [9, 9]
    return l
attempt("ext mismatch", sa2)
def sa3():
    l = list(range(6))
    l[::2] = "xyz"
    return l
attempt("ext ok", sa3)
def sa4():
    l = list(range(6))
    l[::-1] = range(6)
    return l
attempt("reverse assign", sa4)
def sa5():
    l = list(range(6))
    l[4:1] = ["ins"]
    return l
attempt("empty slice insert", sa5)
def sa6():
    l = [1, 2, 3]
    l[:] = l
    l[len(l):] = l
    return l
attempt("self assign", sa6)
def sa7():
    l = [1, 2, 3]
    l[1:2] = 5
attempt("non-iterable", sa7)
def sa8():
    t = (1, 2)
    t[0:1] = [3]
attempt("tuple", sa8)
def sa9():
    l = list(range(10))
    del l[::-2]
    del l[100:]
    return l
attempt("del ext", sa9)
def sa10():
    b = bytearray(b"hello")
    b[1:4] = b"EL"
    b[::2] = b"xyz" if False else b[::2]
    return b
attempt("bytearray", sa10)
def sa11():
    l = list(range(5))
    l[::2] = []
attempt("ext to empty", sa11)
def sa12():
    l = list(range(5))
    l[-100:100] = [0]
    l[10 ** 20:] = [1]
    return l
attempt("huge bounds", sa12)
def sa13():
    s = "abc"
    s[0] = "z"
attempt("str item", sa13)
def sa14():
    l = [1]
    return l[10 ** 20]
attempt("huge index", sa14)
def sa15():
    l = [1]
    l[-2] = 0
attempt("neg index assign", sa15)
