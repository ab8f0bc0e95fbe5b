# Arithmetic operators with Python semantics for every sign combination.
vals = [7, -7, 3, -3, 2**65, -(2**65), 7.5, -2.25]
for a in vals:
    for b in [3, -3, 2.0, -0.5, 2**64]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(2 ** 10, 2 ** -1, (-8) ** (1 / 3) if False else 0, 10 ** 20, 7 ** 0)
print(pow(3, 4, 5), divmod(17, -5), divmod(-17.5, 4))
print(-(-5), +5, ~5, ~-1, not 0, not [])
print(1 << 70, -1 >> 3, 12 & 10, 12 | 3, 12 ^ 10)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(4611686018427387904 * 2, -4611686018427387904 * 2, (-9223372036854775807 - 1) // -1)
print(True + True, True * 3, 5 / 2, 5 // 2, -5 // 2, 5 % -2)
