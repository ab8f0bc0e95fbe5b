"""module doc with a lone surrogate: \ud800"""
# String literals holding lone surrogates (\ud800-\udfff escapes) in every position a
# literal can appear: plain, concatenated, f-string parts, constant tuples, docstrings,
# defaults, together with \N{...} escapes.
def f():
    "function doc \udc01"
    return 1

print(ascii(__doc__), ascii(f.__doc__))
print(ascii("\ud800" "x"), ascii("a\ufffd\udc80"), ascii(r"\ud800" "\ud800"), ascii(u"\ud800"))
print(ascii("""\ud83d\ude00"""), ascii("\ud83d" "\ude00"), len("\ud83d" "\ude00"))
print(ascii("\N{REPLACEMENT CHARACTER}" '\udfff'))
print(ascii("\N{SNOWMAN}\udc00"))
print(ascii(f"\ud800{1}"), ascii(f"{'x'}\udc00"), ascii(f"a{2}\N{SNOWMAN}"))
print(ascii(("\ud800", "\udc00")), ascii(("a", ("\ud800",))))
print("\ud800" in ("\ud800", "b"), "\udc00" in ["\udc00"], ascii({"\ud800": "\udbff"}))
g = lambda s="\udc00": s
def h(*, k="\udcff", t=("\udcfe",)):
    return k, t
print(ascii(g()), ascii(h()))
print(ascii("%s\udc00" % "a"), ascii("\ud800".join(["a", "b"])), ascii("\ud800" * 2))
print("\ud800".encode("utf-8", "surrogatepass"), "\udc80abc".encode("utf-8", "surrogateescape"))
