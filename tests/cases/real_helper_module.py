# A program that imports sibling helper modules (a plain module and a package with a
# submodule) from beside it and uses their functions, classes and constants: from-imports,
# module attributes, a decorator-based registry defined in the helper, exceptions raised by
# helper code crossing into compiled code, and module reloading.
import importlib
import textkit
from textkit import slugify, wrap as wrap_text, Registry
from shapes import area, KINDS
import shapes.area as area_alias
import sys

area_mod = sys.modules["shapes.area"]

print("textkit version:", ".".join(map(str, textkit.VERSION)), textkit.__all__)
print("doc:", textkit.__doc__.split("(")[0].strip())

titles = ["Hello, World!", "  Python -- compiled_ahead of  time ", "Ünïcode Tïtle 2024"]
for t in titles:
    print(f"{t!r:40} -> {slugify(t)!r} / {slugify(t, sep='_')!r}")

para = ("heron compiles every function of a Python module to native code that calls the "
        "CPython C API directly, so programs behave like their source")
for i, line in enumerate(wrap_text(para, 32), 1):
    print(f"{i:2}| {line:<32} |")

reg = Registry()


@reg.register()
def greet(name):
    return f"hello {name}"


@reg.register("shout")
def _loud(name):
    return greet(name).upper() + "!"


print(len(reg), reg.call("greet", "ada"), reg.call("shout", "bob"))
try:
    reg.call("whisper", "x")
except LookupError as e:
    print("LookupError:", e)

for spec in ["a=1; b = two ;c=3=4", "x=1;;y=2", "ok=1; broken"]:
    try:
        print("kv:", textkit.parse_kv(spec))
    except ValueError as e:
        print("ValueError from helper:", e)

for kind, dims in [("circle", (2,)), ("square", (3,)), ("rect", (2, 5)), ("hexagon", (1,)), ("rect", (1,))]:
    try:
        print(f"area {kind}{dims} = {area(kind, *dims):.3f}")
    except ValueError as e:
        print(f"area {kind}{dims} failed: {type(e).__name__}: {e}")
print("alias is the function (package attribute shadows submodule):", area_alias is area)
print("kinds:", KINDS, "same function:", area is area_mod.area, area_mod.PI_APPROX)
print("helper module names:", textkit.__name__, area_mod.__name__, type(textkit).__name__)

print("calls so far:", textkit.calls())
textkit.VERSION = "patched"
reloaded = importlib.reload(textkit)
print("after reload:", reloaded is textkit, reloaded.VERSION, textkit.calls())
print("old binding still works:", slugify("Still Works"), "new calls:", textkit.calls())
