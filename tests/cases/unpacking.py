# Sequence unpacking, starred targets and starred displays.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
p, *mid, q = [1, 2]
print(p, mid, q)
x = [*range(3), *"ab", 9]
y = (*x, 10)
z = {*x, 0}
print(x, y, sorted(z, key=str))
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
for k, v in sorted(d.items()):
    print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b, c = [1]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, *b, c = [1]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b = 5
except TypeError as exc:
    print("TypeError:", exc)
