# Attribute get/set/delete on objects that allow it.
import types
ns = types.SimpleNamespace(a=1)
ns.b = 2
ns.a += 10
print(ns.a, ns.b, ns)
del ns.b
print(hasattr(ns, "b"))
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
def f():
    pass
f.counter = 0
f.counter += 1
print(f.counter)
print("abc".upper().lower().title())
