# Unpacking arbitrary iterators: no target bound when iteration fails, how many items are consumed,
# error messages.
def gen_like(n, fail_at=None):
    st = {"i": 0}
    def nxt(self):
        st["i"] += 1
        if st["i"] == fail_at:
            raise RuntimeError(f"fail at {fail_at}")
        if st["i"] > n:
            raise StopIteration
        return st["i"]
    return type("It", (), {"__iter__": lambda s: s, "__next__": nxt})(), st
def f1():
    it, st = gen_like(5, fail_at=3)
    try:
        a, b, c = it
    except RuntimeError as e:
        print(e, "a bound?", "a" in locals(), st)
f1()
def f2():
    it = iter([1, 2, 3, 4])
    try:
        a, b = it
    except ValueError as e:
        print(e, list(it))
f2()
def f3():
    it, st = gen_like(10)
    try:
        a, b = it
    except ValueError as e:
        print(e, st)
f3()
def f4():
    it, st = gen_like(5, fail_at=4)
    try:
        a, *b, c = it
    except RuntimeError as e:
        print(e, "bound:", sorted(locals()))
f4()
def f5():
    d = {"x": 1, "y": 2}
    a, b = d
    (k1, v1), (k2, v2) = d.items()
    s1, = {42}
    return a, b, k1, v2, s1
print(f5())
def f6():
    it, st = gen_like(2)
    try:
        a, b, c = it
    except ValueError as e:
        print(e, st)
f6()
def f7():
    x = [1, 2, 3]
    try:
        a, b = x
    except ValueError as e:
        print(e)
    try:
        a, b, c, d = (1, 2)
    except ValueError as e:
        print(e)
    try:
        a, *b, c, d = [1, 2]
    except ValueError as e:
        print(e)
    try:
        [a] = []
    except ValueError as e:
        print(e)
    try:
        a, b = "abc"
    except ValueError as e:
        print(e)
    try:
        a, b = range(10 ** 6)
    except ValueError as e:
        print(e)
f7()
