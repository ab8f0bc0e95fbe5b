# Literals: ints (incl. big), floats, complex, underscores, bases.
print(0, 1, -1, 1_000_000, 0x_ff, 0o17, 0b1011)
print(2**100, -(2**64), 123456789012345678901234567890)
print(1.5, 1e300 * 10, -0.0, 1.0 / 3, 2.5e-10)
print(3j, 1 + 2j, (1 + 2j) * (3 - 1j), abs(3 + 4j))
print(type(10**20), type(1.0), type(1j))
print(0.1 + 0.2, 1e16 + 1, float("inf"), -float("inf"))
