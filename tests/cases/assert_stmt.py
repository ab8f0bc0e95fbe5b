# assert with and without message; AssertionError is not looked up in builtins.
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("plain", repr(e))
try:
    assert [], "empty list %d" % 5
except AssertionError as e:
    print("message", e.args)
def check(x):
    assert x > 0, f"bad {x}"
    return x
print(check(3))
check(-1)
