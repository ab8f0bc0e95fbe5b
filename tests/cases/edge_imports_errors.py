# Import errors (relative imports without a package, missing modules/names), local imports, star import.
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from os import no_such_name
except ImportError as e:
    print(e, e.name)
def local_imports():
    import os.path
    import collections.abc as cabc
    from math import pi as PI, e
    return os.path.basename("/a/b"), cabc.Mapping.__name__, round(PI, 2), round(e, 2), "os" in locals()
print(local_imports())
print("os" in globals())
def star():
    return sorted([k for k in globals() if k.startswith("sq")])
from math import *
print(sqrt(16), "sqrt" in globals())
import importlib
m = importlib.import_module("json")
print(m.dumps({"a": 1}))
print(__import__("os.path").path.join("a", "b"))
import sys
print(sys.modules[__name__].__name__ == __name__)
