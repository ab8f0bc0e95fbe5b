# Closures capturing loop variables, deleted cells, nonlocal chains three levels deep.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def make():
    out = []
    for i in range(3):
        def g():
            return i
        out.append(g)
    i = "rebound"
    return out
print([g() for g in make()])

def deleted_cell():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, "|", e)
    x = 2
    return inner()
print(deleted_cell())

def never_bound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    if False:
        y = 1
never_bound()

def three_levels():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
                return a
            return l3
        return l2
    f = l1()()
    f(); f()
    return a, f.__closure__[0].cell_contents, f.__code__.co_freevars
print(three_levels())

def mixed_nonlocal():
    x = "x0"
    def a():
        x = "ax"
        def b():
            nonlocal x
            x = "bx"
            def c():
                nonlocal x
                x += "+c"
            c()
            return x
        r = b()
        return r, x
    return a(), x
print(mixed_nonlocal())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    def reset():
        nonlocal n
        del n
    return inc, get, reset
inc, get, reset = counter()
inc(); inc()
print(get())
reset()
try:
    get()
except NameError as e:
    print("after reset:", e)
try:
    inc()
except NameError as e:
    print("inc after reset:", e)

# closures created inside comprehensions
adders = [(lambda y: x + y) for x in range(3)]
print([a(10) for a in adders])
# cell shared between comprehension and function
def comp_cell():
    k = 1
    fs = [lambda: k * j for j in range(3)]
    k = 100
    return [f() for f in fs]
print(comp_cell())

# closure over parameter, and over *args/**kw
def params(a, *args, b=2, **kw):
    def show():
        return a, args, b, kw
    a = "changed"
    return show
print(params(1, 2, 3, b=4, c=5)())

# class-like namespace built via type(): closure in methods
def make_cls(tag):
    def method(self):
        return tag + str(self.v)
    def init(self, v):
        self.v = v
    return type("K", (), {"__init__": init, "describe": method})
K = make_cls("tag:")
print(K(7).describe())

# recursion via closure cell
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(20))

# closure cell modified after function returns
def late():
    val = []
    def add(v):
        val.append(v)
        return val
    return add
a = late()
a(1)
print(a(2), a.__closure__[0].cell_contents)

# nonlocal in loop body with del inside
def nl_loop():
    total = 0
    def add(k):
        nonlocal total
        total += k
    for q in range(5):
        add(q)
    return total
print(nl_loop())

# free variable of a lambda that is a lambda's parameter
compose = lambda f: lambda g: lambda x: f(g(x))
print(compose(lambda v: v * 2)(lambda v: v + 3)(4))

# __closure__ cell contents and empty cell access
def empty_cell():
    def inner():
        return z
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("empty cell:", e)
    z = 3
    return cell.cell_contents
print(empty_cell())
