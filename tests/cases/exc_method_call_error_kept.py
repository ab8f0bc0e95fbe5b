# An exception raised by a method called through super() (or any method call) reaches the
# caller intact: the runtime's cold path for failed calls must not disturb it.
from collections.abc import Generator


class MinimalGen(Generator):
    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        super().throw(typ, val, tb)


g = MinimalGen()
for exc in (ValueError, KeyError("k"), TypeError("bad type")):
    try:
        g.throw(exc)
    except Exception as e:
        print(type(e).__name__, e)


class Base:
    def method(self, x):
        raise TypeError(f"refused {x}")


class Derived(Base):
    def method(self, x):
        return super().method(x)


for obj in (Base(), Derived()):
    try:
        obj.method(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    [].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
