# for-loop targets (subscripts, attributes, nested/starred), del of the loop variable, else clauses,
# iterators advanced inside the body, iterating a list that grows, bad iterables.
d = {}
for d["k"] in range(3):
    pass
print(d)
ns = type("NS", (), {})()
for ns.a in "xy":
    pass
print(ns.a)
for x, in [(1,), (2,)]:
    pass
print(x)
for [a, b] in [[1, 2], (3, 4)]:
    pass
print(a, b)
for a, (b, *c) in [(1, "xyz")]:
    print(a, b, c)
l = [0, 0, 0]
for i, l[i] in enumerate("abc"):
    pass
print(l)
for i in range(3):
    del i
    i = "rebound"
print(i)
def loop_del():
    for j in range(3):
        if j == 1:
            del j
            continue
        print("j", j)
    try:
        print(j)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
loop_del()
def loop_else_break():
    for i in []:
        pass
    else:
        print("else on empty")
    while False:
        pass
    else:
        print("while else")
    for i in range(3):
        if i == 5:
            break
    else:
        print("no break", i)
loop_else_break()
it = iter(range(10))
for v in it:
    if v == 2:
        next(it)
    if v > 5:
        break
print(v, list(it))
s = "abc"
for ch in s:
    s = "zzzzzz"
print(ch, s)
r = []
for q in r:
    r.append(1) if len(r) < 3 else None
print(r)
r = [1]
for q in r:
    if len(r) < 4:
        r.append(q + 1)
print(r)
try:
    for z in 5:
        pass
except TypeError as e:
    print(e)
Bad = type("Bad", (), {"__iter__": lambda s: 5})
try:
    for z in Bad():
        pass
except TypeError as e:
    print(e)
GI = type("GI", (), {"__getitem__": lambda s, i: i * 2 if i < 3 else [][i]})
print([v for v in GI()])
