# global and nonlocal declarations.
g = 0
def bump():
    global g
    g += 1
    return g
bump(); bump()
print(g)
def define_global():
    global created
    created = "yes"
define_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())
def shadow():
    g = "local"
    return g
print(shadow(), g)
