# Float formatting/rounding edge cases, -0.0, inf/nan comparisons.
import math
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.125, 2), round(0.375, 2))
print(round(1e300, -300), round(123.456, -1), round(-0.0), round(-0.4), round(5e-324, 400), round(2.5, 0))
print(repr(-0.0), str(-0.0), -0.0 == 0.0, math.copysign(1, -0.0), math.copysign(1, 0.0 * -1), 0.0 * -1)
z = -0.0
print(z + 0.0, z - 0.0, -z, abs(z), z * z, f"{z}", f"{z:+}", f"{z:.0f}", f"{-0.0001:.2f}", format(-0.0, "z.2f") if False else "-")
print(hash(-0.0) == hash(0.0), {0.0: "a", -0.0: "b"}, {-0.0, 0.0})
inf = float("inf"); nan = float("nan"); ninf = -inf
print(inf > 10 ** 400, ninf < -(10 ** 400), inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
l = [nan]
print(nan in l, l == l, [nan] == [float("nan")], l.count(nan), l.index(nan))
print(inf - inf, inf * 0, inf / inf if False else "x", -inf, repr(inf), str(ninf), f"{inf:10.3f}|", f"{nan:^7}|")
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1])[1] if False else "sort-skip")
print(math.isnan(nan), math.isinf(ninf), math.isfinite(1e308), 1e308 * 10, -1e308 * 10, 1e-323 / 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print((-8.0) ** (1 / 3))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.0e-4)
print(repr(1.1), 1.1 * 3, 3.0, 3.0 * 1, float("1e500"), float("-nan"), float(" 12.5 "), float("1_0.5"), float("infinity"))
print(f"{1234.5678:.2f} {1234.5678:10.1e} {0.000012345:g} {1e20:g} {12345678.9:,.2f} {0.5:%} {1/3:.3%} {2.5:.0f} {3.5:.0f}")
print("%.3g|%10.4f|%-8.2e|%+d|%g|%g" % (0.0001234, math.pi, -12345.678, 3.9, 1e-5, 123456789.0))
print(format(1e22, ""), format(1e16, "n"), format(float("nan"), "+"), format(-inf, "012"), format(12.0, "#g"), format(0.1, ".20f"))
print(float.fromhex("0x1.8p1"), (0.1).hex(), (1.5).as_integer_ratio(), (0.1).as_integer_ratio(), 3.0.is_integer())
print(divmod(-0.0, 1), divmod(5.5, -2), -5.5 % 2, 5 % -0.5 if False else "x", math.fmod(-5.5, 2), -7.0 // 2)
print(1e300 * 1e10 == inf, -1e300 * 1e10, 2 ** 1023 * 2.0 if False else "big", float(2 ** 1023))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 * 10, 1 - 0.9)
print(3 < 3.0000000000000001, 3 == 3.0000000000000001, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 20 < 1e20 + 1, int(1e20) == 10 ** 20, 1 < inf, 10 ** 1000 < inf, -(10 ** 1000) > ninf, 10 ** 1000 > 1e308)
print(complex(1, -0.0), complex(-0.0, -0.0), 1j * 1j, (1 + 2j) ** 2, abs(3 + 4j), complex("1+2j"), -(0j), (1e300j * 1e10))
print(int(2.5), int(-2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(-3.5), round(2.5000001))
print(sorted([0.0, -0.0, 0, -0]), sorted([-0.0, 0.0]), min(0.0, -0.0), max(-0.0, 0.0))
