# Big ints, complex numbers and bytes: literals and operators.
big = 123456789012345678901234567890
print(big, big * big, -big // 7, -big % 7, divmod(-big, 97))
print(2 ** 200, (2 ** 200) >> 190, 1 << 100, ~big, -(-big))
print(0x_FF_FF, 0o7_7, 0b1010_1010, 1_000_000, 0xDEADBEEFCAFEBABE1234)
print(big & 0xFFFF, big | 1, big ^ big, big.bit_length(), (-big).bit_length())
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7), pow(-2, 3), pow(2.0, -2))
print(int("9" * 50) + 1, str(10 ** 40)[::-7], hex(-big), oct(big), bin(255))
print(10 ** 20 / 3, 10 ** 20 // 3, 7 // -2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2)
print(round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(1234.5678, 2))
print(abs(-big), big == big + 0, big > 2 ** 96, big < 2.0 ** 97, hash(2 ** 61 - 1) == 0)
print(1e308 * 10, -1e308 * 10, float("nan") != float("nan"), 0.1 + 0.2, 1 / 3)
print(3 + 4j, (3 + 4j) * (1 - 2j), abs(3 + 4j), (1 + 2j) ** 2, 1j ** 2, -1j, 0j)
print((3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate(), complex("1+2j"), complex(1, -0.0))
print((1 + 1j) / (1 - 1j), 2j / 1j, (1 + 2j) == complex(1, 2), 1e300j * 1e10, 5j - 5)
try:
    print((1 + 1j) < (2 + 2j))
except TypeError as e:
    print("TypeError:", e)
try:
    print(1j // 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
b = b"abc\x00\xff\n" + bytes([65, 66]) + bytearray(b"!")
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:4], b[::-2], list(b[:3]))
print(rb"\x00raw", b"x" * 3, 3 * b"yz", b"a" in b"cat", 97 in b"cat", b.hex(), bytes.fromhex("de ad"))
print(b"hello world".split(), b",".join([b"a", b"b"]), b"Abc".upper(), b"  x ".strip())
print(b"%d-%s-%r" % (5, b"bytes", "str"), bytes(3), bytearray(2), b"\t".isspace())
ba = bytearray(b"hello")
ba[0] = 72
ba += b"!!"
ba[1:3] = b"EE"
del ba[-1]
ba.extend([0x41])
print(ba, ba.decode(), bytes(ba) == b"HEElo!A", ba.find(b"l"), ba.count(b"l"))
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode(), "é".encode("latin-1"), b"\xff".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"a"[5]
except IndexError as e:
    print("IndexError:", e)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
print(True + True, True * 10, -True, ~False, True << 3, 5 & True, int(True), float(False))
print(0.0 == -0.0, str(-0.0), 1e16, 1e-5, 123456789.123456789, 1.5e300 * 1.5e300, float("inf") - float("inf"))
print(int("-0x1f", 16), int("1_000"), int("  42  "), float(" 1.5e3 "), int(-3.99), int(3.99))
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print(len(str(3 ** 5000)), (10 ** 100 + 1) % 999999937, (-(10 ** 30)) >> 3, (10 ** 30) << 70)
