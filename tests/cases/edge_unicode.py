# Unicode identifiers and strings: non-BMP, surrogates, normalization of identifiers.
π = 3.14159
名前 = "name"
ñ = 1
def función(número, *, ключ="значение"):
    return f"{número}:{ключ}"
print(π, 名前, ñ, función(5), función(6, ключ="k"))

# NFKC normalization of identifiers: ﬁ (ligature) == fi ; ℌ == H
ﬁle = "ligature"
print(file)
ℌ = "script H"
print(H)
print("file" in globals(), "ﬁle" in globals())

s = "a\U0001F600b\u00e9\u0301"
print(len(s), ascii(s), repr(s))
print(s[1], s[::-1] == "\u0301\u00e9b\U0001F600a")
print([hex(ord(c)) for c in s])

sur = "\ud800x\udfff"
print(len(sur), ascii(sur), repr(sur))
try:
    sur.encode("utf-8")
except UnicodeEncodeError as e:
    print("encode error:", e.reason, e.start, e.end)
print(sur.encode("utf-8", "surrogatepass"))
print(sur.encode("utf-8", "surrogateescape") if False else sur.encode("utf-16-le", "surrogatepass"))
pair = "\ud83d\ude00"
print(len(pair), pair == "\U0001F600", pair.encode("utf-16", "surrogatepass").decode("utf-16") == "\U0001F600")

print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("Straße".casefold() == "STRASSE".casefold())
print(str(b"\xff\xfe", "latin-1"), b"\xf0\x9f\x98\x80".decode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"a\xffb".decode("utf-8", "replace"), ascii(b"a\xffb".decode("utf-8", "surrogateescape")))
print("%s|%r|%a" % ("é", "é", "é"))
print("{:^7}|{:*<5}|{:>4}".format("日本", "\U0001F600", "é"))
print(chr(0x10FFFF).encode("utf-8"), ord("\U0010ffff"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
print("\x00\x7f\x80\xa0\u2028".isprintable(), [c.isprintable() for c in "\x00\x7f\x80\xa0\u2028a"])
print(repr("\x00\x7f\x80\xa0\u2028\U000e0001"))
print("١٢٣".isdigit(), int("١٢٣"), float("٣.٥"), int("\uff11\uff12"))
print(sorted(["b", "a", "B", "é", "e", "\U0001F600", "z"]))
d = {"é": 1, "e\u0301": 2}
print(len(d), list(d.values()))
import unicodedata
print(unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.name("\U0001F600"))
def 𝔣(𝔵):
    return 𝔵 * 2
print(f(21), 𝔣.__name__, 𝔣.__code__.co_varnames)
