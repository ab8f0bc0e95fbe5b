# Code points U+10D800..U+10DFFF (Supplementary Private Use Area-B) are ordinary characters, and
# lone surrogate escapes work in f-string format specs too.
s = "\U0010d800"
print(ascii(s), len(s), hex(ord(s)))
print(ascii("\U0010dfff" "x"), ascii("\U0010DABC"))
print(ascii("\U0010d7ff"), ascii("\U0010e000"))
print(ascii(chr(0x10D800)) == ascii("\U0010d800"))
x = 7
print(ascii(f"{x:\ud800^5}"))
print(ascii(f"{x:\U0010d800^5}"))
print(ascii("\ud800\U0010d800"))
y = "􍠀"
print(ascii(y), hex(ord(y)))
