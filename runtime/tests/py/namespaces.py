# Globals, builtins, cells, locals() snapshots, annotations.
import builtins, sys

def expect(exc_type, msg, fn, *args):
    try:
        fn(*args)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError(f"expected {exc_type.__name__}: {msg}")

g = {"__builtins__": builtins, "x": 1}
B = builtins.__dict__
assert hrt.load_global(g, B, "x") == 1
assert hrt.load_global(g, B, "len") is len
e = expect(NameError, "name 'nope' is not defined", hrt.load_global, g, B, "nope")
assert e.name == "nope"
# The builtins are those the code was given (a function's __builtins__), whatever the
# globals' __builtins__ says now.
assert hrt.load_global({"__builtins__": {"len": 5}}, B, "len") is len
assert hrt.load_global(g, {"len": 5}, "len") == 5
expect(NameError, "name 'print' is not defined", hrt.load_global, g, {}, "print")
# Globals shadow builtins.
g2 = {"__builtins__": builtins, "len": "mine"}
assert hrt.load_global(g2, B, "len") == "mine"
# A builtins mapping that is not exactly a dict, and globals that are not exactly a dict, go
# through the mapping protocol.
class Mapping(dict):
    def __missing__(self, k): raise KeyError(k)
assert hrt.load_global(g, Mapping(q=7), "q") == 7
expect(NameError, "name 'z' is not defined", hrt.load_global, g, Mapping(), "z")
class Defaulting(dict):
    def __missing__(self, k): return "default " + k
assert hrt.load_global(Defaulting(), B, "len") == "default len"

hrt.store_global(g, "y", 2)
assert g["y"] == 2
hrt.del_global(g, "y")
assert "y" not in g
e = expect(NameError, "name 'y' is not defined", hrt.del_global, g, "y")

# Compare NameError with CPython's own (message and .name).
try:
    undefined_global_name
except NameError as real:
    e = expect(NameError, str(real), hrt.load_global, globals(), B, "undefined_global_name")
    assert e.name == real.name

# Cells
c = hrt.new_cell()
e = expect(UnboundLocalError, "cannot access local variable 'v' where it is not associated with a value",
           hrt.cell_get, c, "v")
e = expect(NameError, "cannot access free variable 'v' where it is not associated with a value in enclosing scope",
           hrt.cell_get_free, c, "v")
assert e.name == "v"
hrt.cell_set(c, 10)
assert hrt.cell_get(c, "v") == 10 and hrt.cell_get_free(c, "v") == 10 and c.cell_contents == 10
hrt.cell_set(c, 11)
assert c.cell_contents == 11
hrt.cell_del(c, "v")
expect(UnboundLocalError, "cannot access local variable 'v' where it is not associated with a value",
       hrt.cell_del, c, "v")
hrt.cell_set(c, 12); hrt.cell_set(c)
try:
    c.cell_contents
except ValueError:
    pass
else:
    raise AssertionError("cell should be empty")
assert hrt.new_cell(5).cell_contents == 5

# The UnboundLocalError text matches CPython's.
def real_unbound():
    print(q)
    q = 1
try:
    real_unbound()
except UnboundLocalError as real:
    expect(UnboundLocalError, str(real), hrt.unbound, "q")

# locals() snapshots
d = {}
hrt.locals_set(d, "a", 1)
hrt.locals_set(d, "b")
hrt.locals_set_cell(d, "c", hrt.new_cell(3))
hrt.locals_set_cell(d, "e", hrt.new_cell())
assert d == {"a": 1, "c": 3}

# SETUP_ANNOTATIONS
ns = {}
hrt.setup_annotations(ns)
assert ns == {"__annotations__": {}}
ann = ns["__annotations__"]; ann["x"] = int
hrt.setup_annotations(ns)
assert ns["__annotations__"] is ann
class NS(dict): pass
ns2 = NS()
hrt.setup_annotations(ns2)
assert ns2 == {"__annotations__": {}}

assert hrt.tuple_get_item((1, 2, 3), 2) == 3
print("namespaces: ok")
