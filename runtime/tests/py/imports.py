# import statements.
import builtins, sys, types, os

def expect(exc_type, msg, fn, *args):
    try:
        fn(*args)
    except exc_type as e:
        assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError(f"expected {exc_type.__name__}: {msg}")

g = {"__builtins__": builtins, "__name__": "importer"}
assert hrt.import_name("os", None, 0, g) is os
assert hrt.import_name("os.path", None, 0, g) is os
assert hrt.import_name("os.path", ("join",), 0, g) is os.path
assert hrt.import_name("json", ("loads",), 0, g) is sys.modules["json"]
expect(ModuleNotFoundError, "No module named 'no_such_module_xyz'", hrt.import_name, "no_such_module_xyz", None, 0, g)

# A replaced __import__ sees compiled imports, with CPython's arguments.
calls = []
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, globals is g3, locals, fromlist, level))
    return "sentinel"
g3 = {"__builtins__": {"__import__": my_import}}
assert hrt.import_name("anything", ("a",), 2, g3) == "sentinel"
assert calls == [("anything", True, None, ("a",), 2)]
old = builtins.__import__
builtins.__import__ = my_import
try:
    assert hrt.import_name("x", None, 0, {"__builtins__": builtins}) == "sentinel"
finally:
    builtins.__import__ = old
expect(ImportError, "__import__ not found", hrt.import_name, "os", None, 0, {"__builtins__": {}})

# from m import name
assert hrt.import_from(os, "sep") == os.sep
try:
    from os import nonexistent
except ImportError as real:
    e = expect(ImportError, str(real), hrt.import_from, os, "nonexistent")
    assert (e.name, e.path) == (real.name, real.path)
try:
    from sys import nonexistent
except ImportError as real:
    e = expect(ImportError, str(real), hrt.import_from, sys, "nonexistent")
    assert (e.name, e.path) == (real.name, real.path)
m = types.ModuleType("fakepkg")
sys.modules["fakepkg"] = m
sub = types.ModuleType("fakepkg.sub")
sys.modules["fakepkg.sub"] = sub
assert hrt.import_from(m, "sub") is sub      # falls back to sys.modules
m.__name__ = 3
e = expect(ImportError, "cannot import name 'q' from '<unknown module name>' (unknown location)", hrt.import_from, m, "q")
assert e.name is None
class Raising:
    def __getattr__(self, name): raise KeyError(name)
expect(KeyError, "'x'", hrt.import_from, Raising(), "x")

# from m import *
src = types.ModuleType("starsrc")
src.a = 1; src._private = 2; src.b = 3
ns = {}
hrt.import_star(src, ns)
assert ns == {"a": 1, "b": 3}, ns   # dunder names start with "_" too
assert "_private" not in ns
src.__all__ = ["_private", "a"]
ns = {}
hrt.import_star(src, ns)
assert ns == {"_private": 2, "a": 1}
src.__all__ = ["a", 5]
sys.modules["starsrc"] = src
try:
    exec("from starsrc import *", {})
except TypeError as real:
    expect(TypeError, str(real), hrt.import_star, src, {})
src.__all__ = ["missing"]
expect(AttributeError, "module 'starsrc' has no attribute 'missing'", hrt.import_star, src, {})
print("imports: ok")
