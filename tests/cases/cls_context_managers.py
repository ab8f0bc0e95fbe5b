# Context managers: __enter__/__exit__, suppression, nested with, exceptions in __exit__.
class Tag:
    depth = 0

    def __init__(self, name, suppress=(), fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        info = exc_type.__name__ if exc_type else None
        print("  " * Tag.depth + f"</{self.name}> exc={info} tb={tb is not None}")
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return exc_type is not None and issubclass(exc_type, self.suppress)


with Tag("html") as h, Tag("body") as b:
    print("    content", h, b)

with Tag("outer", suppress=(KeyError,)):
    with Tag("inner", suppress=(ValueError,)):
        raise KeyError("passes inner, caught by outer")
    print("not reached")
print("after suppression")

try:
    with Tag("a"):
        with Tag("b", suppress=(ZeroDivisionError,)):
            1 / 0
        raise TypeError("from a")
except TypeError as e:
    print("caught", e)

# __exit__ raising replaces the original exception, chaining it
try:
    with Tag("failing", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


# return/break/continue through with blocks call __exit__
def early(n):
    with Tag(f"fn{n}"):
        if n == 1:
            return "returned"
        for i in range(3):
            with Tag(f"loop{i}"):
                if i == 0:
                    continue
                if i == 1:
                    break
    return "end"


print(early(1))
print(early(2))


# a context manager class with state, reused
class Timer:
    def __init__(self):
        self.entries = 0
        self.log = []

    def __enter__(self):
        self.entries += 1
        self.log.append(f"enter#{self.entries}")
        return self

    def __exit__(self, *exc):
        self.log.append(f"exit#{self.entries} {exc[0].__name__ if exc[0] else '-'}")
        return False


t = Timer()
with t:
    pass
with t as same:
    print(same is t)
try:
    with t:
        [][0]
except IndexError:
    pass
print(t.log)


# truthiness of __exit__'s return value decides suppression
class Suppress:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return None

    def __exit__(self, *a):
        return self.result


for res in [0, 1, "", "yes", None, [], [0]]:
    try:
        with Suppress(res):
            raise LookupError(repr(res))
        print("suppressed by", repr(res))
    except LookupError as e:
        print("propagated", e)


# __enter__ raising: __exit__ not called
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with Tag("ok"), BadEnter():
        print("never")
except OSError as e:
    print("OSError:", e)


# enter/exit looked up on the type, not the instance
class Lookup:
    def __enter__(self):
        return "class enter"

    def __exit__(self, *a):
        return False


lk = Lookup()
lk.__enter__ = lambda: "instance enter"
with lk as v:
    print(v)

# contextlib-based and class-based together
import contextlib


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)
        Resource.opened.remove(self.name)

    @classmethod
    def open(cls, name):
        cls.opened.append(name)
        return cls(name)


with contextlib.ExitStack() as stack:
    for n in ["r1", "r2", "r3"]:
        stack.enter_context(contextlib.closing(Resource.open(n)))
    print("open:", Resource.opened)
print("open after:", Resource.opened)

with contextlib.suppress(AttributeError):
    Resource("x").missing
print("done")
