# String formatting and methods from compiled code.
s = "Hello, World"
print(s.lower(), s.split(", "), s.replace("l", "L", 2), s.find("W"), s.startswith("He"))
print("%d %s %r %.3f %5s|%-5s|" % (1, "two", "three", 4.5, "r", "l"))
print("{0} {1} {0}".format("a", "b"), "{name}!".format(name="x"), "{:>6}".format("r"))
print(",".join([str(i) for i in []]) if False else ",".join(map(str, range(4))))
print("a\tb".expandtabs(4), "x".center(5, "*"), "abc".zfill(6), "ABC".casefold())
print(str(b"bytes", "ascii"), "caf\u00e9".encode(), len("😀"), "ß".upper())
print(s[::-1], s * 0, s.count("o"), s.partition(","), s.isalpha(), "123".isdigit())
lines = "one\ntwo\nthree"
for i, line in enumerate(lines.splitlines()):
    print(i, line)
