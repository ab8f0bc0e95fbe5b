print("hpkg.sub.leaf init")
from .. import public
def triple(x):
    return x * 3
origin = public
counter = 0
