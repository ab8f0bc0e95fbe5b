# Every import form.
import os
import os.path
import xml.etree.ElementTree
import xml.etree.ElementTree as ET
import collections.abc as cabc
from math import pi, sqrt as root
from json import *
print(os.path.basename("/a/b.txt"), root(16), round(pi, 3))
print(xml.etree.ElementTree.__name__, ET.__name__, cabc.__name__)
print(dumps({"a": 1}), loads("[1, 2]"))
try:
    from math import nothing_here
except ImportError as e:
    print("ImportError:", e)
try:
    import no_such_module_heron
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
def local_import():
    import string
    from itertools import count
    return string.ascii_lowercase[:3], next(count(5))
print(local_import())
