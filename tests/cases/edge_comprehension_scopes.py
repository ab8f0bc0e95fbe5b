# Comprehension scoping: first iterable in enclosing scope, later ones in the comprehension.
x = "module x"
def f():
    x = [1, 2]
    return [x for x in x]          # first iterable uses enclosing x
print(f())
def g():
    y = 10
    return [[y * i + j for j in range(i)] for i in range(3)]
print(g())
def h():
    return [i for i in range(3) for i in range(i)]   # rebinding the same name
print(h())
def k():
    data = [[1, 2], [3]]
    return [v for row in data for v in row if v != 2 if v]
print(k())
def globals_in_comp():
    global GX
    GX = 5
    return [GX + i for i in range(2)], [(GX := i) for i in range(3)] if False else None
print(globals_in_comp())
def nonlocal_comp():
    acc = []
    def inner():
        nonlocal acc
        acc = [a * 2 for a in acc + [1]]
        return acc
    inner(); inner()
    return acc
print(nonlocal_comp())
lam = lambda n, m=[i * i for i in range(3)]: [n + q for q in m]
print(lam(1))
def comp_lambda_capture():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda i=i: i) for i in range(3)]
    hs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    return [f() for f in fs], [g() for g in gs], [[h() for h in row] for row in hs]
print(comp_lambda_capture())
def locals_in_comp():
    outer = 1
    return [sorted(locals()) for _ in range(1)], [sorted(locals()) for _ in range(1) if outer]
print(locals_in_comp())
def dict_comp_order():
    keys = "abc"
    return {k: [k * n for n in range(2)] for k in keys}, {n: k for k in keys for n in range(2)}
print(dict_comp_order())
def shadow_builtin():
    return [len for len in range(3)], len("ab")
print(shadow_builtin())
def comp_unbound():
    try:
        [z for _ in range(1)]
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
comp_unbound()
def comp_free_later():
    try:
        return [later for _ in range(1)]
    except NameError as e:
        print(type(e).__name__, e)
    finally:
        later = 2
comp_free_later()
def comp_star():
    pairs = [(1, 2, 3), (4, 5, 6)]
    return [(a, rest) for a, *rest in pairs], [b for (_, b, _) in pairs]
print(comp_star())
def comp_target_attr():
    ns = type("NS", (), {})()
    d = {}
    r = [None for ns.attr in range(3)]
    r2 = [None for d["k"] in "xyz"]
    return ns.attr, d
print(comp_target_attr())
print([x for x in range(3)], x)
print({x: x for x in "ab"}, x)
def comp_in_except():
    try:
        raise ValueError("v")
    except ValueError as e:
        return [str(e) + str(i) for i in range(2)]
print(comp_in_except())
def nested_comp_closure():
    return [[(lambda: k + m)() for m in range(2)] for k in range(2)]
print(nested_comp_closure())
