# Global, builtin and attribute lookups inside suspended generators see rebinding done between resumptions.
import builtins
G = 1
def reads_globals():
    for _ in range(4):
        yield G, len("abc"), abs(-2)
g = reads_globals()
print(next(g))
G = 2
print(next(g))
len = lambda s: "shadowed len"
print(next(g))
del len
original_abs = builtins.abs
builtins.abs = lambda v: "patched abs"
try:
    print(next(g))
finally:
    builtins.abs = original_abs
print(abs(-3), list(g))
class Shape:
    def area(self):
        return 1
    kind = "shape"
def uses_methods(obj):
    while True:
        yield obj.area(), obj.kind, type(obj).__name__
s = Shape()
um = uses_methods(s)
print(next(um))
Shape.area = lambda self: 2
print(next(um))
s.kind = "instance kind"
print(next(um))
s.__class__ = type("Other", (Shape,), {"area": lambda self: 3})
print(next(um))
del s.kind, Shape.kind
try:
    next(um)
except AttributeError as e:
    print("AttributeError:", e)
print(next(um, "exhausted"))
