# Float temporaries vs. aliases: walrus rebinding mid-expression, closures, containers
# (results must never be written into an object that is still referenced).
def f1(y):
    x = y * 1.5
    return x + (x := 2.0), x
print(f1(2))
def f2(y):
    x = y * 1.5
    return (x := x * 2.0) + x * (x := 0.5) - x
print(f2(2))
def f3(y):
    s = "a" * y
    return s + (s := "b") + s
print(f3(3))
def f4(y):
    x = [y * 1.5]
    return x[0] + (x := [7.0])[0], x
print(f4(2))
def f5(y):
    x = y * 1.5
    def g():
        nonlocal x
        x = 100.0
        return 1.0
    return x + g(), x
print(f5(2))
def f6(y):
    x = y * 1.5
    x = x * x + x
    return x
print(f6(2))
def f7(y):
    acc = y * 1.0
    for i in range(5):
        acc = acc * 2.0 + acc / 4.0 - (acc := acc + 1.0)
    return acc
print(f7(3))
def f8(y):
    a = y * 1.0
    b = a
    a = a + 1.0
    a += 1.0
    a -= b
    return a, b
print(f8(2))
def f9(y):
    a = y * 1.0
    lst = [a]
    a += 10.0
    a = a * 3.0
    return a, lst
print(f9(2))
def f10(y):
    a = y * 1.0
    t = (a,)
    d = {"k": a}
    a = (a + 1.0) * (a - 1.0)
    return a, t, d
print(f10(3))
def f11(y):
    a = y * 1.0
    g = lambda: a
    a = a + 1.0
    return a, g()
print(f11(3))
def f12(y):
    a = -(y * 1.0)
    b = abs(a * 2.0) + -a
    return a, b
print(f12(2))
def f13(y):
    x = y * 0.5
    try:
        z = x + x / 0.0
    except ZeroDivisionError:
        return "zde", x
print(f13(3))
def f14(y):
    vals = [y * 1.0, y * 2.0]
    total = 0.0
    for v in vals:
        total = total + v * v
        v = v + 100.0
    return total, vals
print(f14(2))
def f15(y):
    x = y * 1.5
    r = (x + 1.0, x)
    x2 = x
    x = x - x2 + x
    return r, x, x2
print(f15(2))
def f16(y):
    x = float(y)
    def gen():
        return x * 2.0
    y2 = gen() + gen()
    return y2, x
print(f16(2))
def f17():
    a = 1e308 * 10.0
    b = a - a
    return a, b, b == b
print(f17())
def f18(y):
    x = y * 1.0
    x = x ** 2.0 + x % 3.0 + x // 2.0
    return x
print(f18(5))
