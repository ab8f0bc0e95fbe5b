# ExceptionGroup.split/subgroup with a compiled function as the predicate (CPython 3.11's
# methods accept only its own function type; heron splits with the same rules).
import sys


def leaves(e):
    if e is None:
        return None
    if isinstance(e, BaseExceptionGroup):
        return (type(e).__name__, e.message, [leaves(x) for x in e.exceptions])
    return repr(e)


def make():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2),
                                       ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except ExceptionGroup as e:
        e.add_note("a note")
        e.__cause__ = RuntimeError("cause")
        return e


eg = make()
for pred in (lambda e: isinstance(e, ValueError), lambda e: False, lambda e: True,
             lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"):
    match, rest = eg.split(pred)
    print(leaves(match), leaves(rest))
    for part in (match, rest):
        if part is not None and part is not eg:
            print(" ", part.__notes__, part.__notes__ is eg.__notes__, repr(part.__cause__),
                  part.__traceback__ is eg.__traceback__)
    sub = eg.subgroup(pred)
    print(leaves(sub), sub is eg, match is eg)


def is_key_error(e):
    return isinstance(e, KeyError)


print(leaves(eg.subgroup(is_key_error)))
seen = []


def recording(e):
    seen.append(type(e).__name__)
    return False


eg.split(recording)
print(seen)


def failing(e):
    if isinstance(e, KeyError):
        raise ZeroDivisionError("predicate failed")
    return False


try:
    eg.split(failing)
except ZeroDivisionError as e:
    print("raised:", e)


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)


m = MyEG("mine", [ValueError(1), KeyError(2)])
print(leaves(m.split(lambda e: isinstance(e, KeyError))[0]))
try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eg.split(lambda e: False, 1)
except TypeError as e:
    print("TypeError:", e)
