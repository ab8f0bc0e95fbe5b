# Exceptions raised while a class statement runs — in the body, in a nested class body, in a
# metaclass, __init_subclass__, __set_name__ and a decorator — with frames inspected; the last
# one (a class body inside a function inside a method) is left uncaught.
import traceback


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label:16} {type(e).__name__}: {e}")
        print(f"{'':16} {frames(e)}")


def in_body():
    class Settings:
        defaults = {"port": 80}
        port = defaults["port"]
        host = defaults["host"]


def in_nested_body():
    class Outer:
        class Inner:
            ratio = 1 / 0


class Strict(type):
    def __new__(mcls, name, bases, ns):
        if "required" not in ns:
            raise TypeError(f"{name} lacks 'required'")
        return super().__new__(mcls, name, bases, ns)


def in_metaclass():
    class NoRequired(metaclass=Strict):
        pass


class Hooked:
    def __init_subclass__(cls, **kw):
        raise LookupError(f"hook rejects {cls.__name__}")


def in_init_subclass():
    class Sub(Hooked):
        pass


class Named:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad name {name}")


def in_set_name():
    class Holder:
        field = Named()


def rejecting(cls):
    raise RuntimeError(f"decorator rejects {cls.__name__}")


def in_decorator():
    @rejecting
    class Decorated:
        pass


for label, fn in [("body", in_body), ("nested body", in_nested_body), ("metaclass", in_metaclass),
                  ("__init_subclass__", in_init_subclass), ("__set_name__", in_set_name),
                  ("decorator", in_decorator)]:
    attempt(label, fn)


class Factory:
    def build(self, spec):
        def make():
            class Product:
                name = spec["name"]
                price = spec["price"] * 1.2
            return Product
        return make()


print(Factory().build({"name": "ok", "price": 10}).price)
Factory().build({"name": "broken"})
