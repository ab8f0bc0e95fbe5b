# Evaluation order of every kind of expression and statement, observed through side effects.
order = []
def n(x, label=None):
    order.append(label if label is not None else x)
    return x
def show(title):
    print(title, order)
    order.clear()
def deco(label):
    order.append("deco expr " + label)
    def apply(f):
        order.append("apply " + label)
        return f
    return apply
@deco("1")
@deco("2")
def f(a: n("ann a") = n("def a"), *, b: n("ann b") = n("def b")) -> n("ann ret"):
    pass
show("def:")
d = {n("k1"): n("v1"), n("k2"): n("v2")}
show("dict display:")
n(["a"], "target")[n(0):n(1)] = n([], "value")
show("slice assign:")
x = {}
x[n("key")] = n("value")
show("subscript assign:")
n(len, "callee")(n("arg"))
show("call:")
n([1], "container")[n(0)] += n(1)
show("aug subscript:")
o = type("O", (), {})()
o.a = 1
n(o, "obj").a += n(2)
show("aug attr:")
res = n(1) if n(True) else n(2)
r = n(1) < n(2) < n(3)
show("ifexp+chain:")
d2 = {**n({"a": 1}, "mapping"), n("b"): n(2)}
show("dict unpack:")
l = [n(1), *n([2]), n(3)]
show("list unpack:")
a, b = n(1), n(2)
show("tuple:")
v = n(2) ** n(3) ** n(2)
show("power %d:" % v)
def g(*a, **k): pass
g(n(1), *n([2]), k=n(3), **n({"z": 4}, "kwargs"))
show("call args:")
z = n(lambda v: v, "lambda")(n(5))
show("lambda call:")
s = n("x")[n(0)]
show("subscript load:")
t = n(1) + n(2) * n(3) - n(4) / n(5)
show("arith:")
u = n(0) or n("") or n("last")
w = n(1) and n(0) and n("never")
show("bool ops:")
xs = [n(i) for i in n(range(2), "iterable")]
show("listcomp:")
m = {n(k): n(k * 2) for k in range(2)}
show("dictcomp:")
q1, (q2, q3) = n(1), (n(2), n(3))
show("nested tuple:")
o.p = o.q = n("chained")
show("chained assign:")
y = f"{n('f1')}{n('f2')!r}{n(3.0):{n('.1f', 'spec')}}"
show("f-string:")
del n([1, 2], "del target")[n(0)]
show("del:")
assert n(True), n("msg")
show("assert:")
with n(open("/dev/null"), "ctx") as fh:
    n("body")
show("with:")
for i in n([1, 2], "for iterable"):
    n(i)
show("for:")
