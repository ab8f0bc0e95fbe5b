"""Arithmetic on temporaries: results may reuse dying float temporaries, never shared ones."""
x = 1.5
y = 2.25
z = (x + 0.0) + x
w = x * y - (y - x) * (x + y)
print(x, y, z, w)

values = [0.5, 1.5]
total = values[0] + values[1] * 2.0
print(values, total)

def mixed(n, f):
    acc = 0.0
    for i in range(n):
        acc += (i * f) / (i + 1) - f ** 2
    return acc

print(round(mixed(50, 0.75), 9))

same = 3.0
sq = (same * 1.0) * (same * 1.0)
t = same + 0.5
print(same, sq, t * t, t)

try:
    bad = (x * 2.0) / (y - 2.25)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, x, y)

a = 10.0
a -= (a * 0.5) - 1.0
a += a
print(a, -(x * 2.0), abs(y - 10.0))
print(1 + 2.5, (3 + 0.5) * 2, 7 // 2.0 + 0.5, 2 ** 0.5 * 2 ** 0.5)
