# copy.copy/deepcopy of compiled-class instances: plain objects, shared/cyclic references,
# __copy__/__deepcopy__ overrides, __getstate__/__setstate__, __reduce_ex__, __slots__,
# objects holding classes/functions/bound methods, and copy of class objects themselves.
import copy


class Plain:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __repr__(self):
        return "Plain(%r, %r)" % (self.name, self.items)


p = Plain("p", [1, [2, 3]])
s = copy.copy(p)
d = copy.deepcopy(p)
p.items[1].append(4)
print(p, s, d, s.items is p.items, d.items is p.items, type(d) is Plain)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
        self.peers = []


a, b = Node(1), Node(2)
a.next, b.next = b, a
a.peers = [b, b]
a2 = copy.deepcopy(a)
print(a2.val, a2.next.val, a2.next.next is a2, a2.peers[0] is a2.peers[1], a2.peers[0] is a2.next, a2.next is b)


class Tracked:
    log = []

    def __init__(self, data):
        self.data = data

    def __copy__(self):
        Tracked.log.append("copy")
        new = type(self).__new__(type(self))
        new.data = self.data
        new.copied = True
        return new

    def __deepcopy__(self, memo):
        Tracked.log.append("deepcopy memo=%s" % (id(self) in memo))
        new = Tracked(copy.deepcopy(self.data, memo))
        new.deep = True
        return new


t = Tracked({"k": [1]})
tc, td = copy.copy(t), copy.deepcopy(t)
print(tc.data is t.data, tc.copied, td.data == t.data, td.data is t.data, td.deep, Tracked.log)
both = copy.deepcopy([t, t])
print(both[0] is both[1], Tracked.log[-1])


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "OPEN<%s>" % host
        self.retries = 3

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "REOPENED<%s>" % self.host


c = Conn("db")
c2 = copy.deepcopy(c)
c3 = copy.copy(c)
print(c2.socket, c2.host, c2.retries, c3.socket, sorted(vars(c2)))


class Slotted:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlottedChild(Slotted):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


sc = SlottedChild([1], 2, 3)
sc2 = copy.deepcopy(sc)
sc3 = copy.copy(sc)
print(sc2.x, sc2.y, sc2.z, sc2.x is sc.x, sc3.x is sc.x, type(sc2).__name__)
partial_slots = Slotted.__new__(Slotted)
partial_slots.x = 5
ps = copy.copy(partial_slots)
print(ps.x, hasattr(ps, "y"))


class Temp:
    def __init__(self, c):
        self.c = c

    def __reduce_ex__(self, proto):
        return (Temp.from_f, (self.c * 9 / 5 + 32,))

    @classmethod
    def from_f(cls, f):
        print("from_f", f)
        return cls((f - 32) * 5 / 9)


print(copy.copy(Temp(100)).c, copy.deepcopy(Temp(-40)).c)


def helper(x):
    return x * 2


class Holder:
    def __init__(self):
        self.cls = Plain
        self.fn = helper
        self.meth = Temp(0).__class__.from_f
        self.lam = lambda: 42
        self.bound = p.__repr__
        self.tup = (1, [2])


h = Holder()
h2 = copy.deepcopy(h)
print(h2.cls is Plain, h2.fn is helper, h2.lam is h.lam, h2.lam(), h2.tup is h.tup, h2.tup == h.tup)
print(h2.bound(), h2.bound.__self__ is p, copy.copy(Plain) is Plain, copy.deepcopy(helper) is helper)


class Weird(list):
    def __init__(self, *args):
        super().__init__(args)
        self.tag = "w"


w = Weird(1, [2])
w2 = copy.deepcopy(w)
print(w2, w2.tag, type(w2).__name__, w2[1] is w[1], copy.copy(w)[1] is w[1])


class Dct(dict):
    pass


dd = Dct(a=[1])
dd.extra = "e"
dd2 = copy.deepcopy(dd)
print(dd2, dd2.extra, type(dd2).__name__, dd2["a"] is dd["a"])
