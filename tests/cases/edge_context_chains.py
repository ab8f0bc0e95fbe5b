# Nested try with re-raise and __context__ / __cause__ chains several levels deep.
import sys, traceback

def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e}) sc={e.__suppress_context__}")
        e = e.__cause__ if e.__cause__ is not None else e.__context__
    return out

def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        level(n - 1)
    except Exception as e:
        if n % 2:
            raise KeyError(f"lvl{n}")
        raise TypeError(f"lvl{n}") from e

try:
    level(4)
except Exception as e:
    print(chain(e))

def reraise():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            try:
                raise KeyError("b")
            except KeyError:
                pass
            raise   # re-raises ValueError, not KeyError
    except ValueError as e:
        print("bare raise got", repr(e), "ctx", repr(e.__context__))

reraise()

def exc_info_nesting():
    try:
        raise ValueError(1)
    except ValueError:
        print("A", sys.exc_info()[1])
        try:
            raise KeyError(2)
        except KeyError:
            print("B", sys.exc_info()[1])
        print("C", sys.exc_info()[1])
    print("D", sys.exc_info()[1])
exc_info_nesting()

def from_none():
    try:
        try:
            raise ValueError("hidden")
        except ValueError:
            raise KeyError("shown") from None
    except KeyError as e:
        print(chain(e), repr(e.__context__))
from_none()

# raise e where e was caught earlier: context cycle avoidance
def cycle():
    try:
        raise ValueError("first")
    except ValueError as e1:
        saved = e1
    try:
        try:
            raise KeyError("second")
        except KeyError as e2:
            raise saved
    except ValueError as e:
        print("saved ctx:", repr(e.__context__), "kctx:", repr(e.__context__.__context__))
cycle()

def cycle2():
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            try:
                raise a   # a's context becomes b; b's context was a -> cycle broken
            except ValueError as a2:
                print(a2 is a, repr(a2.__context__), repr(b.__context__))
cycle2()

# the "as" name is deleted after except
def as_deleted():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as u:
        print("UnboundLocalError:", u)
as_deleted()

# raise from non-exception
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
# raising a non-exception
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
# raise a class, instantiated
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
# raise X from class
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

# formatted chain
def fmt():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError("wrapped") from z
    except ValueError:
        s = traceback.format_exc()
        print(s.count("Traceback"), "direct cause" in s)
fmt()

# exception in except clause expression evaluation
def bad_except():
    try:
        try:
            raise ValueError("x")
        except undefined_name_xyz:
            pass
    except NameError as e:
        print("NameError:", e, "ctx:", repr(e.__context__))
bad_except()

# except with tuple built at runtime and non-exception class
def tuple_except(kinds):
    try:
        raise KeyError("k")
    except kinds as e:
        return "caught " + type(e).__name__
print(tuple_except((ValueError, (TypeError, KeyError))))
try:
    tuple_except(int)
except TypeError as e:
    print("TypeError:", e)

# Uncaught deep chain printed to stderr
def final():
    try:
        try:
            raise OSError("disk")
        except OSError as e:
            raise RuntimeError("retry failed") from e
    except RuntimeError:
        raise SystemError("gave up")
final()
