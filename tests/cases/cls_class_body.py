# Class body statements: annotations (incl. private names), locals()/vars()/exec/eval in the body,
# __qualname__/__module__/__doc__ overrides, control flow, imports, del.
class Annotated:
    a: int
    b: str = "bee"
    __secret: float = 1.5
    __hidden: list
    _single: bool = True
    c: "forward.Ref" = None

    def method(self, x: int, *, y: "Annotated" = None) -> str:
        return f"{x}{y}"


print(Annotated.__annotations__)
print(sorted([k for k in vars(Annotated) if not k.startswith("__")]))
print(Annotated.method.__annotations__)
print("a" in vars(Annotated), Annotated.b, Annotated._Annotated__secret)


class Sub(Annotated):
    d: int = 4


print(Sub.__annotations__, Sub.b)


class NoAnnotations:
    x = 1


print("__annotations__" in vars(NoAnnotations))


# locals(), vars(), exec and eval inside the class body act on the class namespace
class Dynamic:
    base = 10
    exec("derived = base * 2")
    for _i in range(3):
        locals()[f"attr{_i}"] = _i * base
    del _i
    total = eval("base + derived")
    names = sorted([k for k in vars() if not k.startswith("__")])


print(Dynamic.derived, Dynamic.attr2, Dynamic.total, Dynamic.names)


# overriding __qualname__, __module__, __doc__
class Renamed:
    "original doc"
    __qualname__ = "Elsewhere.Renamed"
    __module__ = "somewhere"
    __doc__ = "replaced doc"


print(Renamed.__qualname__, Renamed.__module__, Renamed.__doc__, Renamed.__name__)
print(repr(Renamed))
try:
    class BadQual:
        __qualname__ = 3
except TypeError as e:
    print("TypeError:", e)


class Documented:
    """Docstring here."""
    x = 1


class NotDocumented:
    x = 1
    """not a docstring"""


print(Documented.__doc__, NotDocumented.__doc__)


# control flow, imports, exception handling, walrus, with at class level
class Flow:
    import math
    from string import ascii_lowercase as letters

    squares = []
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        squares.append(i * i)
        if len(squares) == 3:
            break
    else:
        squares = "unreachable"
    try:
        value = int("x")
    except ValueError as err:
        value = -1
        message = str(err)
    finally:
        cleaned = True
    (flag := value < 0)
    if flag:
        kind = "negative"
    elif value == 0:
        kind = "zero"
    else:
        kind = "positive"
    pi2 = round(math.pi * 2, 3)


print(Flow.squares, Flow.i, Flow.value, Flow.message, Flow.cleaned, Flow.flag, Flow.kind, Flow.pi2)
print(Flow.letters[:5], "err" in vars(Flow), Flow.math.__name__)


# del in the class body
class Deleter:
    temp = 1
    keep = temp + 1
    del temp
    try:
        del temp
    except NameError as e:
        error = str(e)


print(hasattr(Deleter, "temp"), Deleter.keep, Deleter.error)


# reading builtins and globals from the class body, and shadowing them
LIMIT = 3


class Shadows:
    first = len("abc") + LIMIT
    len = lambda *a: "shadowed len"
    second = len("abc")
    LIMIT = LIMIT * 2


print(Shadows.first, Shadows.second, Shadows.LIMIT, LIMIT)


# a class body that raises: the class name is never bound
try:
    class Failing:
        x = 1
        raise RuntimeError("body failed")
except RuntimeError as e:
    print("RuntimeError:", e, "| bound:", "Failing" in globals())


# default argument values and decorators are evaluated in the class scope
class Defaults:
    unit = "kg"

    def weigh(self, n, unit=unit):
        return f"{n}{unit}"

    scale = staticmethod(lambda x, factor=len(unit): x * factor)
    unit = "lb"


print(Defaults().weigh(3), Defaults.scale(5), Defaults.unit)
