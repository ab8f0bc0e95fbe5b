# A slot descriptor of one class stored on another class: using it on the other class's
# instances raises TypeError on every access (the attribute caches must not apply it).
class Class:
    __slots__ = ("slot",)
class Sneaky:
    borrowed = Class.slot
def store(o):
    o.borrowed = 42
def load(o):
    return o.borrowed
o = Sneaky()
for f in (store, load):
    n = 0
    for _ in range(2000):
        try:
            f(o)
        except TypeError as e:
            n += 1
            msg = str(e)
    print(f.__name__, n, msg)
c = Class()
c.slot = 5
print(load.__name__, Class.slot.__get__(c))
class Sub(Class):
    __slots__ = ()
    borrowed = Class.slot
s = Sub()
for _ in range(3):
    store(s)
    print(load(s), s.slot)
