# Errors raised by a custom class namespace (from __prepare__) while the body runs: failing
# __setitem__, __getitem__ raising something other than KeyError, KeyError falling back to
# globals/builtins, and a failing __delitem__ (reported by `del` as a NameError).
class Faulty(dict):
    def __init__(self, fail_on):
        super().__init__()
        self.fail_on = fail_on

    def __setitem__(self, key, value):
        if self.fail_on == ("set", key):
            raise PermissionError(f"cannot define {key}")
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if self.fail_on == ("get", key):
            raise LookupError(f"lookup of {key} refused")
        return super().__getitem__(key)

    def __delitem__(self, key):
        if self.fail_on == ("del", key):
            raise TypeError(f"cannot delete {key}")
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, fail_on=None):
        return Faulty(fail_on)

    def __new__(mcls, name, bases, ns, fail_on=None):
        return super().__new__(mcls, name, bases, dict(ns))


GLOBAL = "global value"


def build(fail_on):
    class Victim(metaclass=Meta, fail_on=fail_on):
        a = 1
        b = a + 1
        g = GLOBAL
        n = len("four")
        temp = 0
        del temp
    return Victim


for fail_on in [None, ("set", "b"), ("get", "a"), ("get", "GLOBAL"), ("get", "len"), ("del", "temp"),
                ("set", "__module__"), ("set", "__qualname__")]:
    try:
        v = build(fail_on)
        print(fail_on, "->", v.a, v.b, v.g, v.n, hasattr(v, "temp"))
    except Exception as e:
        print(fail_on, "->", type(e).__name__, e, "| context:", type(e.__context__).__name__)
