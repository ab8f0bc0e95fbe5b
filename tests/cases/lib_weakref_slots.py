# weakref with compiled classes: weakref.ref to instances (callbacks, dead refs),
# WeakValueDictionary caches, WeakKeyDictionary, WeakSet, finalize (atexit and explicit),
# WeakMethod, proxies, __slots__ with and without __weakref__, weakrefs in inheritance.
import gc
import weakref


class Image:
    loaded = 0

    def __init__(self, path):
        self.path = path
        Image.loaded += 1

    def __repr__(self):
        return "Image(%r)" % self.path


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.misses = 0

    def get(self, path):
        img = self._items.get(path)
        if img is None:
            self.misses += 1
            img = Image(path)
            self._items[path] = img
        return img

    def keys(self):
        return sorted(self._items.keys())


cache = Cache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, cache.misses, cache.keys(), len(cache._items))
del a, a2
gc.collect()
print(cache.keys(), cache.get("a.png"), cache.misses)

events = []
obj = Image("x")
r = weakref.ref(obj, lambda ref: events.append("collected, ref dead=%s" % (ref() is None)))
print(r() is obj, r() is not None, weakref.getweakrefcount(obj), type(r).__name__)
del obj
gc.collect()
print(r(), events)

fin_log = []


class Session:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, fin_log.append, "cleanup " + name)

    def close(self):
        self._fin()

    @property
    def closed(self):
        return not self._fin.alive


s1, s2 = Session("one"), Session("two")
s1.close()
print(s1.closed, s2.closed, fin_log)
s1.close()
del s2
gc.collect()
print(fin_log)
f = weakref.finalize(Image("atexit"), print, "finalizer at exit ran")
f.atexit = True


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class SlottedWeak:
    __slots__ = ("v", "__weakref__")

    def __init__(self, v):
        self.v = v


class SubOfSlotted(Slotted):
    pass


try:
    weakref.ref(Slotted(1))
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak(2)
rw = weakref.ref(sw)
print(rw().v, hasattr(sw, "__dict__"), "__weakref__" in dir(SlottedWeak))
sub = SubOfSlotted(3)
print(weakref.ref(sub)().v, hasattr(sub, "__dict__"))
del sw
gc.collect()
print(rw())


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, msg):
        return "%s got %s" % (self.name, msg)


class Bus:
    def __init__(self):
        self.subs = []

    def subscribe(self, method):
        self.subs.append(weakref.WeakMethod(method))

    def publish(self, msg):
        out = []
        for wm in self.subs:
            m = wm()
            if m is not None:
                out.append(m(msg))
        return out


bus = Bus()
l1, l2 = Listener("L1"), Listener("L2")
bus.subscribe(l1.notify)
bus.subscribe(l2.notify)
print(bus.publish("hello"))
del l1
gc.collect()
print(bus.publish("again"))

meta = weakref.WeakKeyDictionary()
k1, k2 = Listener("k1"), Listener("k2")
meta[k1] = "first"
meta[k2] = "second"
print(sorted(meta.values()), len(meta))
del k1
gc.collect()
print(list(meta.values()), len(meta))
ws = weakref.WeakSet([k2, l2])
print(len(ws), k2 in ws)
del l2
gc.collect()
print(len(ws), [x.name for x in ws])
px = weakref.proxy(k2)
print(px.name, px.notify("via proxy"), type(px).__name__)
del k2
gc.collect()
try:
    px.name
except ReferenceError as e:
    print("ReferenceError:", e)
print("end of program")
