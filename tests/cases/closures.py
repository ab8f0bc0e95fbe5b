# Closures, nonlocal, cells, late binding, nested scopes.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = make()
a(1)
print(a(2))
print(counter.__code__.co_cellvars, c.__code__.co_freevars, c.__closure__[0].cell_contents)
def unbound():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return get()
print(unbound())
