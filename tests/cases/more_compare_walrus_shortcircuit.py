# Chained comparisons evaluate each operand once and stop early; walrus; short circuits.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(1) < v(0) < v(3), calls); calls.clear()
print(v(3) > v(2) == v(2) >= v(1) != v(5), calls); calls.clear()
print(v(1) in v([1, 2]) not in v([[1, 2]]), calls); calls.clear()
print(v(None) is v(None) is not v(0), calls); calls.clear()
print(1 < 2 > 1.5 < 3 == 3.0, 1 == 1.0 == True, "a" < "b" < "c" > "a", [1, 2] < [1, 3] <= [2])
x = 5
print(0 < x < 10, 0 < x > 10, not 0 < x < 10, (0 < x) < 10)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    print(v(5) < v(1) < v("a"), calls)
except TypeError as e:
    print("not raised")
calls.clear()
# `and`/`or` return an operand, not a bool
print(0 or "", "" or [] or {}, 0 or None or "x" or v("never"), 1 and 2 and 3, 1 and 0 and v("never"))
print(None and v("n"), [] or [0], [0] and [], "a" and "b" or "c", "" and "b" or "c", calls)
print(not [], not [0], not None, (not 0) + 1, 1 if 0 else 2 if 0 else 3, (1 if [] else "empty"))
y = v(0) or v(0.0) or v(0j) or v("last")
print(y, calls); calls.clear()
def truthy_calls():
    Tr = type("Tr", (), {"__bool__": lambda self: (calls.append("bool"), True)[1]})
    t = Tr()
    r = t and "after"
    r2 = t or "unused"
    r3 = not t
    print(r, r2 is t, r3, calls)
    if t and t:
        pass
    print(len(calls))
    calls.clear()
    L = type("L", (), {"__len__": lambda self: 0})
    print(bool(L()), L() or "len0", not L())
    Bad = type("Bad", (), {"__bool__": lambda self: 1})
    try:
        if Bad():
            pass
    except TypeError as e:
        print("TypeError:", e)
truthy_calls()
# walrus in while, if, comprehensions (binds in enclosing scope), and nested
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    if n == 9:
        break
    total += n
print(total, n)
if (m := len(data)) > 5:
    print("long", m)
squares = [sq for x in data if (sq := x * x) > 10]
print(squares, sq)
running = [(acc := acc + x) for x in data] if (acc := 0) == 0 else None
print(running, acc)
def in_function():
    pairs = [[(last := (i, j)) for j in range(i)] for i in range(4)]
    return pairs, last
print(in_function())
def walrus_closure():
    fns = [lambda: (w := 10) + w]
    return fns[0]()
print(walrus_closure())
print([y := 7, y ** 2], (z := 3) + z, {"k": (q := "v")}, q)
found = any([(hit := x) > 5 for x in data])
print(found, hit)
# conditional expression evaluates only one branch
print(v("yes") if v(True) else v("no"), calls); calls.clear()
print(v("yes") if v(0) else v("no"), calls); calls.clear()
lst = [i if i % 2 else -i for i in range(6)]
print(lst, [a if a else b for a, b in [(0, 1), (2, 3)]])
# identity and membership
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, 1 in {1: 2}, 2 in {1: 2}, "ell" in "hello", "" in "")
Cont = type("Cont", (), {"__contains__": lambda self, item: item % 2 == 0})
print(4 in Cont(), 3 in Cont(), 3 not in Cont())
Iter = type("Iter", (), {"__iter__": lambda self: iter([1, 2, 3])})
print(2 in Iter(), 5 in Iter())
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
Eq = type("Eq", (), {"__eq__": lambda self, o: "custom", "__lt__": lambda self, o: 0})
print(Eq() == 1, Eq() != 1, Eq() < Eq(), 1 < Eq() if False else "skip")
