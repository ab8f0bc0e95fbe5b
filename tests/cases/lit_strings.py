# String and bytes literals, escapes, concatenation.
s = "hello" " " 'world'
print(s, len(s))
print("tab\tnew\\n", r"raw\n", 'quote"s', "uni\u00e9\U0001F600", "\x41\101")
print(b"bytes\x00\xff", b"a" + b"b", bytes([65, 66]))
print("""triple
quoted""")
print("é".encode("utf-8"), "abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::-2])
print(repr("it's"), repr('say "hi"'), ascii("é"))
