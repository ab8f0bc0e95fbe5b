import os
import os.path
import collections.abc as cabc
from functools import partial, reduce as fold
from . import sibling
from .pkg.mod import thing as other


def uses_imports():
    import json
    import xml.etree.ElementTree
    from math import sqrt as root
    return json, xml, root, os, cabc


def import_then_global():
    import sys
    global sys
    return sys
