# Big int arithmetic, floor division/modulo signs, pow with modulus, int() digit limits.
import sys
print(2 ** 10000 % 97, (3 ** 5000) % (2 ** 61 - 1), len(str(7 ** 3000)))
big = 10 ** 50 + 12345
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7, divmod(-big, 13))
for a in (7, -7, 0):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b), end=" | ")
print()
print(-1 // 2 ** 70, -1 % 2 ** 70, (2 ** 70) // -1, -(2 ** 63) // -1, (-(2 ** 63)) % -1)
print(pow(3, 200, 1000), pow(-3, 201, 1000), pow(3, 200, -1000), pow(2, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("pow:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("pow:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("pow:", e)
print(pow(0, 0), 0 ** 0, pow(2, -2), (-8) ** (1 / 3) if False else "skip", (-2) ** 3, 2 ** -1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(1 << 100, (1 << 100) >> 99, -1 >> 200, -(1 << 100) >> 98, 5 << 0)
try:
    1 << -1
except ValueError as e:
    print(e)
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print(~(2 ** 80), (2 ** 80) & -(2 ** 40), (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 - 1))
print(abs(-(10 ** 30)), -(10 ** 30) < -(10 ** 29), 10 ** 30 == 1e30, 10 ** 22 == 1e22, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(int("1" * 4300) % 1000, sys.get_int_max_str_digits())
try:
    int("1" * 4301)
except ValueError as e:
    print("int:", e)
try:
    str(10 ** 4300)
except ValueError as e:
    print("str:", e)
print(len(repr(10 ** 4299)))
print(int("  -0b1010  ", 0), int("0o777", 0), int("0x_ff", 0), int("1_000_000"), int("z", 36), int("-Z", 36))
for bad in ("1__0", "_1", "0x", "", " ", "1.0", "09", "1e3"):
    try:
        print(int(bad, 0) if bad == "09" else int(bad))
    except ValueError as e:
        print("bad:", e)
print(hex(2 ** 100), oct(-(2 ** 70)), bin(-5), format(2 ** 70, ","), format(-(2 ** 64), "_x"), f"{10**20:e}")
print(round(10 ** 20 + 5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456789, -3))
print(10 ** 400 // 3 ** 300 % 10 ** 10, (10 ** 400) / (10 ** 399))
try:
    (10 ** 400) / 3.0
except OverflowError as e:
    print("overflow:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("overflow:", e)
print(True + True, True * 10 ** 20, -True, ~True, True << 70, (10 ** 20) ** 0)
print(sum(range(10 ** 6)), sum([2 ** 64] * 3), max(2 ** 64, -(2 ** 65), key=abs))
print(int(-7.9), int(7.9), int(-0.5), int(1e20), int(-1e300) % 7)
print(7 // 2.0, -7 // 2.0, -7 % 2.0, 7 % -2.0, divmod(-7.5, 2), 1e300 * 10 // 1 if False else "ok")
x = 10 ** 30
x //= -7
y = 2 ** 64
y **= 3
y %= 10 ** 9 + 7
print(x, y)
import math
print(math.isqrt(10 ** 100 + 1), math.gcd(2 ** 100, 6 ** 50), math.factorial(30), math.comb(100, 50))
