# del of names, items, attributes-free objects; unbound errors.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    try:
        del z
    except UnboundLocalError as e:
        print("del unbound:", e)
    z = 1
g()
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
