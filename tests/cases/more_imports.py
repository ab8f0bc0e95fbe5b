# Import forms: dotted packages, aliases, star imports with and without __all__, imports in
# functions (local and global bindings), import errors, module caching.
import os.path as p
import xml.dom.minidom
import xml.dom.minidom as md
import email.mime.text, json.decoder
from collections import *
from os import path as osp, sep
from hpkg import *
import hpkg.sub.leaf
import hpkg.sub.leaf as leaf_alias
from hpkg.sub import tri, leaf
from hpkg.sub.leaf import triple as t3
import sys
print(p.join("a", "b"), p is osp, sep, p.__name__)
print(xml.dom.minidom.parseString("<r><c/></r>").documentElement.tagName, md is xml.dom.minidom)
print(type(xml).__name__, xml.dom.__name__, email.mime.text.__name__, json.decoder.JSONDecodeError.__name__)
print(OrderedDict(a=1), Counter("aab").most_common(1), deque([1, 2], maxlen=2), namedtuple.__name__, defaultdict(int)["x"])
print("ChainMap" in dir(), "abc" in dir(), "_collections_abc" in dir())
print(public, also, "hidden" in dir(), "_private" in dir())
print(hpkg.sub.leaf.triple(2), leaf_alias is hpkg.sub.leaf, tri(3), t3("ab"), leaf.origin)
print([k for k in ["hpkg", "hpkg.sub", "hpkg.sub.leaf"] if k in sys.modules])
import hpkg.sub.leaf
print("second import runs nothing")
leaf.counter += 5
import hpkg.sub.leaf as again
print(again.counter)
def local_imports():
    import textwrap
    from string import ascii_uppercase as up
    import urllib.parse
    return textwrap.shorten("hello wonderful world", 12), up[:3], urllib.parse.quote("a b"), "textwrap" in globals(), "urllib" in dir()
print(local_imports())
def global_import():
    global heapq
    import heapq
global_import()
print(heapq.nsmallest(2, [5, 1, 4]))
def shadowing():
    json = "local string"
    import json as real
    return json, real.dumps([1])
print(shadowing())
try:
    from hpkg import nope
except ImportError as e:
    print("ImportError:", e)
try:
    import hpkg.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from hpkg.sub.leaf import nothing as n
except ImportError as e:
    print("ImportError:", e.name, e.msg)
try:
    import os.path.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
mod = __import__("hpkg.sub", fromlist=["leaf"])
print(mod.__name__, __import__("hpkg.sub").__name__)
import importlib
print(importlib.import_module(".leaf", "hpkg.sub").triple(1), importlib.import_module("hpkg").public)
from math import (
    floor,
    ceil as c,
)
print(floor(2.5), c(2.5))
from itertools import *
print(list(islice(count(3), 3)), list(chain("ab", "c")))
