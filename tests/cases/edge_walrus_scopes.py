# Walrus in comprehension conditions binds in the enclosing function; global in nested
# functions affecting the module; exec/eval with shadowing.
def f(data):
    kept = [y for x in data if (y := x * 2) > 4]
    return kept, y

print(f([1, 2, 3, 4]))

def g():
    total = 0
    vals = [(total := total + i) for i in range(5)]
    return vals, total
print(g())

def last_match(items):
    if any([(hit := it).startswith("b") for it in items]):
        return hit
    return None
print(last_match(["a", "bb", "c"]))

def walrus_nested_comp():
    res = [[(z := a * b) for b in range(3)] for a in range(3)]
    return res, z
print(walrus_nested_comp())

def walrus_closure():
    [(q := i) for i in range(3)]
    def inner():
        return q
    return inner()
print(walrus_closure())

def walrus_nonlocal():
    found = None
    def search(xs):
        nonlocal found
        return [x for x in xs if (found := x) == 3]
    search([1, 3, 5])
    return found
print(walrus_nonlocal())

# walrus at module level in comprehension binds a global
mods = [m for m in range(4) if (modlast := m) % 2]
print(mods, modlast)

def walrus_global():
    global gw
    [gw := i for i in range(3)]
print(walrus_global(), gw)

# walrus in while loops and lambda
def reader(chunks):
    it = iter(chunks)
    out = []
    while (c := next(it, None)) is not None:
        out.append(c)
    return out, c
print(reader(["a", "b"]))
lam = lambda: (w := 10) + w
print(lam())

counter = 0
def bump():
    def inner():
        def innermost():
            global counter
            counter += 1
        innermost()
    inner()
    inner()
bump()
print("counter", counter)

def define_global():
    def deep():
        global NEW_GLOBAL
        NEW_GLOBAL = "made in deep"
    deep()
define_global()
print(NEW_GLOBAL)

def local_vs_global():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(local_vs_global())

# exec defining functions then calling them
exec("def made(a, b=2):\n    return a * b\nresult = made(21)")
print(result, made(3), made.__name__)
src = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
val = [fib(i) for i in range(10)]
"""
exec(src)
print(val)

def exec_in_function():
    exec("def helper():\n    return 'helper ran'\n")
    # exec in a function does not create a local variable: look it up in locals()
    return locals()["helper"]()
print(exec_in_function())

# eval with explicit locals shadowing globals/builtins
x = "global x"
print(eval("x", {"x": "dict x"}), eval("x"), eval("x", None, {"x": "local x"}))
print(eval("len('abc')", {"len": lambda s: "shadowed len"}), eval("len('abc')", {}))
ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted([k for k in ns if k != "__builtins__"]), ns["b"])
loc = {"y": 5}
exec("z = y * 2", {}, loc)
print(loc)
print(eval("[q * k for q in range(3)]", {"k": 10}))
try:
    eval("undefined_q + 1", {})
except NameError as e:
    print(e)
try:
    exec("def broken(:\n pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(eval(compile("1 + 2", "<s>", "eval")), eval("lambda a: a + 1")(1))

def eval_sees_locals():
    secret = 42
    return eval("secret + 1"), eval("[secret for _ in range(2)]") if False else eval("secret * 2")
print(eval_sees_locals())
