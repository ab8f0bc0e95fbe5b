# Variable and function annotations: what gets stored in __annotations__, annotation-only
# statements do not bind, annotated targets that are not simple names, evaluation order.
order = []
def note(label, value=None):
    order.append(label)
    return value if value is not None else label
x: int
y: "str" = "val"
z: list[int] = [1]
print(__annotations__)
print("x" in globals(), y, z)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def f(a: note("ann a", int), b: note("ann b") = note("default b", 2), *args: str,
      c: float = note("default c", 1.5), **kw: dict) -> note("ann return", bool):
    v: int
    w: str = "w"
    try:
        return v
    except UnboundLocalError as e:
        return str(e), w
print(order)
print(f(1), f.__annotations__)
print(f.__code__.co_varnames, "v" in f.__code__.co_varnames)
obj = type("O", (), {})()
obj.attr: int = 5
d = {}
d["k"]: note("ann subscript") = "v"
lst = [0]
lst[0]: int
print(obj.attr, d, lst, order[-1])
(paren): int = 3
print(paren, sorted(__annotations__))
late: note("module annotation evaluated") = 1
print(order[-1], sorted(__annotations__))
def no_annotations():
    pass
print(no_annotations.__annotations__, (lambda q: q).__annotations__)
def only_return() -> "ret":
    pass
print(only_return.__annotations__)
def kwonly_annotated(*, k: "kk" = 1):
    return k
print(kwonly_annotated.__annotations__, kwonly_annotated.__kwdefaults__)
def local_annotation_does_not_leak():
    inner_ann: int = 1
    return "__annotations__" in locals()
print(local_annotation_does_not_leak())
for i in range(2):
    loopvar: int = i
print(loopvar, "loopvar" in __annotations__)
