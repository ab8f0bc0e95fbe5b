# locals()/vars()/exec/eval inside functions: one snapshot dict per frame, updated on each call,
# extra keys kept, exec never changes real locals.
def f():
    x = 1
    exec("x = 5")
    return x, locals()["x"]
print(f())
def g():
    x = 1
    d = locals()
    d["y"] = 2
    x = 10
    d2 = locals()
    return d is d2, sorted(d2.items()), d["x"]
print(g())
def h():
    exec("z = 3")
    a = 1
    exec("a = z + a")
    return a, locals()["z"], locals()["a"]
print(h())
def k():
    v = 1
    del v
    return locals()
print(k())
def m():
    q = 1
    loc = locals()
    del q
    loc2 = locals()
    return "q" in loc2, loc is loc2
print(m())
def n():
    w = 1
    def inner():
        return w
    return sorted(locals())
print(n())
def o():
    t = 5
    def inner():
        nonlocal t
        return sorted(locals().items())
    return inner()
print(o())
def p():
    e1 = eval("locals()")
    r = 1
    e2 = eval("locals()")
    return e1 is e2, sorted(e2)
print(p())
def q():
    vars()["zz"] = 1
    return vars().get("zz"), dir()
print(q())
