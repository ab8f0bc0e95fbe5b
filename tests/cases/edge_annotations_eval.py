# When annotations are evaluated: module level (simple, attribute, subscript, parenthesized targets),
# never for function locals; parameter annotation/default evaluation order.
log = []
def note(v):
    log.append(v)
    return v
x: note("int") = 5
y: note("str")
print(__annotations__, log, "y" in globals())
ns = type("NS", (), {})()
ns.attr: note("attr-ann") = 3
d = {}
d["k"]: note("sub-ann") = 4
(z): note("paren") = 6
print(log, ns.attr, d, __annotations__)
def f():
    a: undefined_annotation_name = 1
    b: also_undefined
    ns2 = type("NS", (), {})()
    ns2.q: undefined_too = 2
    try:
        return a, b
    except UnboundLocalError as e:
        return a, str(e)
print(f())
print(f.__annotations__)
def g(a: note("pa") = note("da"), *args: note("star"), k: note("kw") = 1, **kw: note("kwargs")) -> note("ret"):
    pass
print(g.__annotations__, log)
lam_ann = None
def h(x: "forward ref" = None) -> "also":
    return x
print(h.__annotations__)
for i in range(2):
    w: note(f"loop{i}") = i
print(log[-2:], __annotations__.get("w"))
