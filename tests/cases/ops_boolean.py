# Short-circuit and/or, conditional expressions, truthiness.
def t(v):
    print("t", v)
    return v

print(t(0) and t(1), t(1) and t(2), t(0) or t(3), t(None) or t(0) or t("x"))
print([] or "empty", [1] and "full", "" or 0 or None)
x = 10
print("big" if x > 5 else "small", "a" if not x else "b")
print(t(1) if t(0) else t(2))
for v in [0, 1, "", "s", [], [0], {}, None, 0.0, 1j]:
    print(repr(v), bool(v), not v)
if x > 5 and x < 20 or x == 100:
    print("in range")
if not (x > 5 and x < 8):
    print("not small")
