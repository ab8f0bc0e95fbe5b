print("hpkg.sub init")
from . import leaf
from .leaf import triple as tri
