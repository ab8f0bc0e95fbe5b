# __context__, __cause__, __suppress_context__, raise from None, and formatted chains.
import traceback
def describe(e):
    parts = []
    while e is not None:
        parts.append("%s(%s) cause=%s ctx=%s suppress=%s" % (
            type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None,
            type(e.__context__).__name__ if e.__context__ else None, e.__suppress_context__))
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)
def implicit():
    try:
        {}["k"]
    except KeyError:
        int("x")
def explicit():
    try:
        [][0]
    except IndexError as e:
        raise RuntimeError("wrapped") from e
def from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
def from_other():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("other cause") from KeyError("chosen")
def three_levels():
    try:
        try:
            raise OSError("level1")
        except OSError:
            raise TypeError("level2")
    except TypeError as e:
        raise LookupError("level3") from e
def cause_set_then_reraised():
    try:
        explicit()
    except RuntimeError as e:
        e.__cause__ = None
        e.__suppress_context__ = False
        raise
for fn in [implicit, explicit, from_none, from_other, three_levels, cause_set_then_reraised]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__ + ":", describe(e))
# context is not set to itself; re-raising the same exception in its handler
def same_exc():
    err = ValueError("same")
    try:
        raise err
    except ValueError:
        try:
            raise err
        except ValueError as again:
            return again.__context__ is None, again is err
print(same_exc())
# context cycle is broken
def cycle():
    a = KeyError("a")
    b = ValueError("b")
    try:
        try:
            raise a
        except KeyError:
            raise b
    except ValueError:
        try:
            raise a
        except KeyError as e:
            return e.__context__ is b, b.__context__
print(cycle())
# the formatted chain (traceback module) of a compiled function
def format_chain(fn):
    try:
        fn()
    except Exception as e:
        text = "".join(traceback.format_exception(e))
        return [line for line in text.splitlines() if line.strip() and not set(line.strip()) <= set("^~")]
for fn in [implicit, from_none, three_levels]:
    for line in format_chain(fn):
        print("|", line)
# exception attributes and args
e = OSError(2, "No such file", "name.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, isinstance(e, FileNotFoundError))
e = KeyError("k", 2)
print(e.args, str(e), repr(e), str(KeyError("only")), str(Exception()), repr(Exception("a", 1)))
e = ValueError("note me")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print("".join(traceback.format_exception_only(caught)), end="")
err = StopIteration(5)
print(err.value, SystemExit(3).code, UnicodeError.__mro__[1].__name__, issubclass(BrokenPipeError, OSError))
try:
    raise Exception("with traceback").with_traceback(None)
except Exception as ex:
    print(ex.__traceback__ is not None, ex.__traceback__.tb_next is None)
def tb_lines():
    def inner():
        raise NameError("inner")
    try:
        inner()
    except NameError as ex:
        tb = ex.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names
print(tb_lines())
