# A small validated-field library built on descriptor classes, exercised while tests patch
# the descriptor *classes* themselves (unittest.mock.patch.object on __get__/__set__, and
# plain assignment/deletion of those dunders): attribute loads and stores in functions that
# run many times must follow the descriptor protocol as it is at each moment (data vs
# non-data descriptor precedence over the instance dict, stores through __set__).
from unittest import mock

audit = []


class Lazy:
    """Non-data descriptor: computes once, caches in the instance dict."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Checked:
    """Data descriptor validating stores."""

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if value is not None and value < 0:
            raise ValueError("negative value for %s" % self.name[1:])
        audit.append((self.name[1:], value))
        setattr(obj, self.name, value)


class Order:
    qty = Checked()
    price = Checked()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @Lazy
    def total(self):
        audit.append("compute total")
        return self.qty * self.price


def read_all(o):
    return (o.qty, o.price, o.total)


def set_qty(o, v):
    o.qty = v


o = Order(2, 5)
print([read_all(o) for _ in range(3)], audit)
audit.clear()
for v in (3, 4):
    set_qty(o, v)
print(read_all(o), audit, sorted(vars(o)))

# 1. The data descriptor's __get__ is patched: every load through the warm sites sees it.
with mock.patch.object(Checked, "__get__", lambda self, obj, owner=None: "patched-get"):
    print("patched __get__:", [read_all(o) for _ in range(2)])
print("restored __get__:", [read_all(o) for _ in range(2)])

# 2. __set__ is removed: Checked becomes a non-data descriptor, so stores land in the
#    instance dict and loads of that name then prefer the instance dict.
audit.clear()
saved_set = Checked.__set__
del Checked.__set__
for v in (7, 8):
    set_qty(o, v)
print("without __set__:", [read_all(o) for _ in range(2)], audit, o.__dict__.get("qty"))

# 3. __set__ comes back: the descriptor is a data descriptor again and wins over the dict.
Checked.__set__ = saved_set
for v in (9, 10):
    set_qty(o, v)
print("with __set__ again:", [read_all(o) for _ in range(2)], audit, o.__dict__.get("qty"))
try:
    set_qty(o, -1)
except ValueError as e:
    print("ValueError:", e)

# 4. The non-data Lazy descriptor gains a __set__ (made read-only): the cached instance
#    value no longer shadows it, and stores are refused.
def refuse(self, obj, value):
    raise AttributeError("%s is read-only" % self.name)


def read_total(x):
    return x.total


def write_total(x, v):
    x.total = v


o2 = Order(1, 1)
print("lazy:", [read_total(o2) for _ in range(3)], o2.__dict__["total"])
with mock.patch.object(Lazy, "__set__", refuse, create=True):
    print("read-only lazy:", [read_total(o2) for _ in range(2)])
    for v in (100, 200):
        try:
            write_total(o2, v)
        except AttributeError as e:
            print("AttributeError:", e)
print("after patch:", [read_total(o2) for _ in range(2)], hasattr(Lazy, "__set__"))
for v in (300, 400):
    write_total(o2, v)
print("plain store:", [read_total(o2) for _ in range(2)])

# 5. A plain class attribute whose type later gains __get__ becomes a descriptor.
class Marker:
    def __call__(self):
        return "marker called"


class Holder:
    mark = Marker()


hd = Holder()


def call_mark(h):
    return h.mark()


def load_mark(h):
    return type(h.mark).__name__


print([call_mark(hd) for _ in range(2)], [load_mark(hd) for _ in range(2)])
Marker.__get__ = lambda self, obj, owner=None: (lambda: "bound via __get__")
print([call_mark(hd) for _ in range(2)], [load_mark(hd) for _ in range(2)])
del Marker.__get__
print([call_mark(hd) for _ in range(2)], [load_mark(hd) for _ in range(2)])
