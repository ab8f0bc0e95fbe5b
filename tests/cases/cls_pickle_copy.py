# Pickling and copying instances of compiled classes: plain, nested, slots, __getstate__,
# __reduce__, __getnewargs__, __copy__/__deepcopy__, and classes/methods by reference.
import copy
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm(self):
        return abs(self.x) + abs(self.y)


class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return f"Inner({self.v})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return f"Slotted({self.a}, {self.b})"


class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"big": 1}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"

    def __repr__(self):
        return f"Custom({self.v}, {self.cache})"


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 100))

    def __repr__(self):
        return f"Reduced({self.a}, {self.b})"


class NewArgs(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)

    def __repr__(self):
        return f"NewArgs({int(self)}, {self.tag})"


class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = list(children)
        self.parent = None
        for c in children:
            c.parent = self

    def __repr__(self):
        return f"{self.label}{self.children if self.children else ''}"


objs = [Point(1, [2]), Outer.Inner(3), Slotted(4, 5), Custom(6), Reduced(7, 8), NewArgs(9, "t")]
for o in objs:
    for proto in (2, pickle.HIGHEST_PROTOCOL):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, r, type(r) is type(o))
    print("  copy:", copy.copy(o), "deepcopy:", copy.deepcopy(o))

tree = Tree("root", Tree("a", Tree("a1")), Tree("b"))
t2 = pickle.loads(pickle.dumps(tree))
print(t2, t2.children[0].parent is t2, t2.children[0].children[0].parent.label)
t3 = copy.deepcopy(tree)
print(t3, t3 is not tree, t3.children[1].parent is t3, t3.children[1] is not tree.children[1])
shallow = copy.copy(tree)
print(shallow.children is tree.children)


class WithCopy:
    def __init__(self):
        self.items = [1]

    def __copy__(self):
        print("  __copy__")
        n = WithCopy()
        n.items = self.items
        return n

    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        n = WithCopy()
        n.items = copy.deepcopy(self.items, memo)
        return n


w = WithCopy()
c, d = copy.copy(w), copy.deepcopy(w)
print(c.items is w.items, d.items is w.items, d.items == w.items)

refs = pickle.loads(pickle.dumps([Point, Outer.Inner, Point.norm, Outer.Inner.__repr__]))
print(refs[0] is Point, refs[1] is Outer.Inner, refs[2] is Point.norm, refs[3] is Outer.Inner.__repr__)
bound = pickle.loads(pickle.dumps(Point(3, -4).norm))
print(bound(), bound.__self__)


def local_class():
    class Local:
        pass
    return Local


try:
    pickle.dumps(local_class()())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
