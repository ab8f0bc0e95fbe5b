# global/nonlocal in nested closures, late binding, closures over loop variables, cells.
counter = 0
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset(to=start):
        nonlocal count
        old, count = count, to
        return old
    def peek():
        return count
    return inc, reset, peek
inc, reset, peek = make_counter(10, 5)
inc(); inc()
print(peek(), reset(), peek(), inc())
inc2, _, peek2 = make_counter()
inc2()
print(peek(), peek2())
def bump_global():
    global counter
    counter += 1
    def nested():
        global counter
        counter *= 10
    nested()
    return counter
print(bump_global(), bump_global(), counter)
def late_binding():
    fns = [lambda: i for i in range(3)]
    bound = [lambda i=i: i for i in range(3)]
    loop_fns = []
    for j in range(3):
        loop_fns.append(lambda: str(j) + "!")
    j = "rebound"
    return [f() for f in fns], [f() for f in bound], [f() for f in loop_fns]
print(late_binding())
def three_levels():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(three_levels())
def nonlocal_skips_level():
    v = 1
    def a():
        def b():
            nonlocal v
            v += 1
        b()
        b()
    a()
    return v
print(nonlocal_skips_level())
def shadow():
    v = "enclosing"
    def inner():
        v = "local"
        return v
    def reader():
        return v
    return inner(), reader(), v
print(shadow())
def closure_cells():
    a, b = 1, 2
    def f():
        return a + b
    return [c.cell_contents for c in f.__closure__], f.__code__.co_freevars, closure_cells.__code__.co_cellvars if False else None
print(closure_cells())
def cell_sees_updates():
    val = 1
    get = lambda: val
    val = 2
    r1 = get()
    val = 3
    return r1, get()
print(cell_sees_updates())
def comprehension_sees_enclosing():
    base = 10
    def inner():
        return [base + k for k in range(3)]
    return inner()
print(comprehension_sees_enclosing())
def param_as_cell(p, *rest, kw="k", **more):
    def g():
        return p, rest, kw, more
    p = "changed"
    return g()
print(param_as_cell(1, 2, x=3))
def global_declared_but_undefined():
    global never_defined_yet
    try:
        return never_defined_yet
    except NameError as e:
        never_defined_yet = "now defined"
        return str(e)
print(global_declared_but_undefined(), never_defined_yet)
x = "global x"
def local_vs_global():
    print(x)
def local_shadows():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
local_vs_global()
local_shadows()
def class_like_namespace():
    ns = {}
    exec("y = 1\ndef f():\n    return y\n", ns)
    return ns["f"]()
print(class_like_namespace())
def make_accumulators():
    accs = []
    for name in ["a", "b"]:
        def acc(x, _total=[0], _name=name):
            _total[0] += x
            return _name, _total[0]
        accs.append(acc)
    return accs
a1, b1 = make_accumulators()
print(a1(1), a1(2), b1(10), a1(3))
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(recursive_closure())
def outer_loop_closures():
    result = []
    for i in range(3):
        def make(i=i):
            def inner():
                return i * i
            return inner
        result.append(make())
    return [f() for f in result]
print(outer_loop_closures())
def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for k in range(5):
        add(k)
    return total
print(nonlocal_in_loop())
def deleted_nonlocal():
    z = 1
    def kill():
        nonlocal z
        del z
    def read():
        return z
    kill()
    try:
        return read()
    except NameError as e:
        return str(e)
print(deleted_nonlocal())
print(sorted(make_counter.__code__.co_varnames), make_counter.__code__.co_cellvars)
print(inc.__code__.co_freevars, inc.__name__, inc.__qualname__)
