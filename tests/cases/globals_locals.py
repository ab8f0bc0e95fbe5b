# globals(), locals(), vars(), dir() and eval/exec without explicit namespaces.
x = 10
print(sorted([k for k in globals() if not k.startswith("__")]))
print(globals()["x"], "x" in dir())
def f(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc.items()))
    print(sorted(dir()))
    print(vars() == locals())
    print(eval("a * 100 + c"))
    exec("d = c * 2; print('exec sees', a, c, d)")
    return eval("x + a")
print(f(1))
exec("y = x + 1")
print(y)
print(eval("x * 2"), eval("len([1, 2])"))
ns = {}
exec("z = 5", ns)
print(ns["z"])
def closure():
    v = "captured"
    def inner():
        return locals(), eval("v") if False else None
    return inner()
print(closure())
g = globals()
g["dynamic"] = 7
print(dynamic)
