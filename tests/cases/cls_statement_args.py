# The class statement's own arguments: evaluation order of decorators, bases, keywords and
# metaclass; *bases and **keywords unpacking; errors raised while building the call.
log = []


def note(tag, value):
    log.append(tag)
    return value


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"__prepare__({name}, {sorted(kw)})")
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"__new__({name}, {sorted(kw)})")
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"__init__({name})")
        super().__init__(name, bases, ns)


def deco(tag):
    log.append(f"evaluate decorator {tag}")

    def apply(cls):
        log.append(f"apply decorator {tag} to {cls.__name__}")
        return cls
    return apply


class B1:
    pass


class B2:
    pass


@deco("outer")
@note("decorator expression", deco("inner"))
class Ordered(note("base 1", B1), note("base 2", B2), metaclass=note("metaclass", Meta),
              alpha=note("kw alpha", 1), beta=note("kw beta", 2)):
    log.append("class body")
    x = note("body x", 1)


for entry in log:
    print(entry)
log.clear()

# unpacking bases and keywords; the caller's dict is not modified
bases = [B1, B2]
options = {"metaclass": Meta, "flavour": "vanilla"}


class Unpacked(*bases, **options):
    pass


print(Unpacked.__bases__, type(Unpacked).__name__, options, log)
log.clear()


class Mixed(B1, *[B2], **{"metaclass": Meta}, extra=1):
    pass


print(Mixed.__mro__[1:3], log)


# errors while evaluating or building the call: the class name is never bound
def attempt(label, build):
    try:
        build()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def dup_metaclass():
    class D(metaclass=Meta, **{"metaclass": Meta}):
        pass


def non_string_key():
    class E(**{1: 2}):
        pass


def not_a_mapping():
    class F(**[1]):
        pass


def not_iterable():
    class G(*5):
        pass


def failing_base():
    class H(B1, note("before failure", B2), 1 / 0):
        pass


def bad_base_type():
    class I("not a class"):
        pass


def bad_metaclass_call():
    class J(metaclass=len):
        pass


def keyword_to_object():
    class K(B1, unexpected=True):
        pass


for label, fn in [("duplicate metaclass", dup_metaclass), ("non-string key", non_string_key),
                  ("** of a list", not_a_mapping), ("* of an int", not_iterable),
                  ("1/0 in bases", failing_base), ("string base", bad_base_type),
                  ("metaclass=len", bad_metaclass_call), ("unknown keyword", keyword_to_object)]:
    attempt(label, fn)
print(log)
