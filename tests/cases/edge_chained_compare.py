# Chained comparisons with side effects and short circuits.
log = []
def v(x, tag=None):
    log.append(tag if tag is not None else x)
    return x

def run(label, fn):
    log.clear()
    try:
        r = fn()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, log[:])

run("a<b<c", lambda: v(1) < v(2) < v(3))
run("short", lambda: v(3) < v(2) < v(1, "never"))
run("middle once", lambda: v(1) < v(5, "mid") > v(2))
run("four", lambda: v(1) <= v(1) == v(1.0) < v(2))
run("in chain", lambda: v(1) in v([1, 2]) in v([[1, 2]]))
run("not in/is", lambda: v(None) is v(None) is not v(0) not in v([1]))
run("type error mid", lambda: v(1) < v("a") < v(3, "never"))
run("chain returns last", lambda: v(1) < v(2) and v(0) or v("or"))
run("and/or values", lambda: (v(0) or v("") or v([]) or v(None), v(1) and v(2) and v(0) and v(9)))
run("not chain", lambda: not v(1) < v(2) < v(0))
run("nested cond", lambda: v("y") if v(1) < v(2) < v(3) else v("n"))
run("eq chain objects", lambda: v([1]) == v([1]) == v([1]))

Cmp = type("Cmp", (), {
    "__init__": lambda self, n: setattr(self, "n", n),
    "__lt__": lambda self, o: (log.append(f"lt{self.n}{o.n}"), "truthy" if self.n < o.n else "")[1],
    "__bool__": lambda self: (log.append(f"bool{self.n}"), True)[1],
})
run("custom lt returns str", lambda: Cmp(1) < Cmp(2) < Cmp(3))
run("custom lt falsy", lambda: Cmp(2) < Cmp(1) < Cmp(3))

BoolBoom = type("BoolBoom", (), {"__bool__": lambda self: 1 / 0, "__eq__": lambda self, o: self})
run("bool raises in chain", lambda: BoolBoom() == 1 == 2)
run("bool raises in and", lambda: BoolBoom() and 1)
run("bool returns int", lambda: bool(type("B", (), {"__bool__": lambda s: 1})()))

def walrus_chain():
    if (a := v(3)) > (b := v(2)) > (c := v(1)):
        return a, b, c
print(walrus_chain(), log)

# comparisons of mixed numeric types
print(1 < 1.5 < 2 < 10 ** 20 < float("inf"), 1 == 1.0 == True == 1 + 0j, (1, 2) < (1, 2, 0) < (1, 3))
print([1, 2] < [1, 2, 3] <= [1, 3], "abc" < "abd" < "b", b"a" < b"b" != b"c")
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(e)
try:
    print({1} < {1, 2} < {1, 2, 3} and {1: 2} < {1: 3})
except TypeError as e:
    print(e)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6, 1 < 2 > 1 < 2 > 1, x is x is not None)
print(-1 < -0.0 == 0 < True <= 1.0 < 2 ** 0.5)
