# Arithmetic on dying temporaries (int and float operands, both orders), near the compact-int
# boundary (2**30), with bools, zero divisors and in-place forms.
B = 2 ** 30
def temps(a, b):
    out = []
    out.append((a + 0) + (b + 0))
    out.append((a - 0) - (b * 1))
    out.append((a * 1) * (b * 1))
    try:
        out.append((a + 0) / (b + 0))
    except ZeroDivisionError as e:
        out.append(str(e))
    out.append((a + 0) // ((b + 0) or 1))
    out.append((a + 0) % ((b + 0) or 1))
    out.append(-(a + 0) + (b * 1.0))
    out.append((a * 1.0) - (b + 0))
    out.append((a * 1.0) / ((b + 0) or 7))
    x = a + 0
    x += b * 1
    x -= (a + 0)
    x *= (b - 0)
    out.append(x)
    y = a * 1.0
    y /= ((b + 0) or 3)
    y += (a + 0)
    out.append(y)
    return out
for a, b in [(B - 1, 1), (B, B), (-B, -1), (-(B - 1), B - 1), (7, 2), (-7, 2), (0, 0), (1, 3), (10 ** 20, 3),
             (True, True), (False, 5), (3, True), (2 ** 62, 2 ** 62)]:
    print(a, b, temps(a, b))
print((1 + 2) / (3 - 3) if False else "skip", (2 ** 53 + 1) / 1, (B * 4 - 1) / 3, (-(B * 4 - 1)) / 3)
def ratio():
    return [(i * 7) / (i + 1) for i in range(-3, 4) if i != -1]
print(ratio())
print(sum([(i + 0) / 3 for i in range(10)]), (10 ** 16 + 1) / 1, (B - 1) * (B - 1) / (B - 1))
