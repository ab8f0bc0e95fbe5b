# raise / re-raise / except matching / assert / with, compared with CPython's statements.
import sys, traceback

def expect(exc_type, msg, fn, *args):
    try:
        fn(*args)
    except exc_type as e:
        assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError(f"expected {exc_type.__name__}: {msg}")

# raise C / raise c
e = expect(ValueError, "", hrt.raise_, ValueError)
assert type(e) is ValueError and e.args == ()
v = KeyError("k")
try:
    hrt.raise_(v)
except KeyError as e:
    assert e is v
expect(TypeError, "exceptions must derive from BaseException", hrt.raise_, 1)
expect(TypeError, "exceptions must derive from BaseException", hrt.raise_, int)
class Weird(Exception):
    def __new__(cls): return 1
expect(TypeError, "calling <class '" + __name__ + ".Weird'> should have returned an instance of BaseException, not <class 'int'>",
       hrt.raise_, Weird)

# raise ... from ...
try:
    hrt.raise_(ValueError("a"), KeyError)
except ValueError as e:
    assert type(e.__cause__) is KeyError and e.__suppress_context__ is True
try:
    hrt.raise_(ValueError("a"), None)
except ValueError as e:
    assert e.__cause__ is None and e.__suppress_context__ is True
c = OSError("c")
try:
    hrt.raise_(ValueError, c)
except ValueError as e:
    assert e.__cause__ is c
try:
    hrt.raise_(ValueError, Weird)   # CPython does not check what the cause class returns
except ValueError as e:
    assert e.__cause__ == 1
expect(TypeError, "exception causes must derive from BaseException", hrt.raise_, ValueError, 1)

# Implicit chaining with the handled exception.
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        inner_saved = inner
        hrt.raise_(ValueError("outer"))
except ValueError as e:
    assert e.__context__ is inner_saved and not e.__suppress_context__

# The handled exception as compiled except-blocks set it.
assert hrt.get_handled() is None
x = IndexError("x")
hrt.set_handled(x)
assert hrt.get_handled() is x and sys.exc_info()[1] is x
try:
    hrt.raise_(ValueError("chained"))
except ValueError as e:
    assert e.__context__ is x
hrt.set_handled(x)
try:
    hrt.reraise_handled()
except IndexError as e:
    assert e is x
hrt.set_handled(None)
assert hrt.get_handled() is None and sys.exc_info() == (None, None, None)
expect(RuntimeError, "No active exception to reraise", hrt.reraise_handled)

# A bare raise inside except re-raises with the traceback unchanged.
def thrower():
    raise ValueError("t")
try:
    try:
        thrower()
    except ValueError as e:
        tb_before = e.__traceback__
        hrt.reraise_handled()
except ValueError as e:
    # The only new entry is the one CPython adds for this (calling) frame.
    assert e.__traceback__.tb_next is tb_before

# reraise(exc): no new traceback entry.
try:
    thrower()
except ValueError as e:
    saved = e
    saved_tb = e.__traceback__
n_before = len(traceback.extract_tb(saved.__traceback__))
try:
    hrt.reraise(saved)
except ValueError as e:
    assert e is saved
    # reraise adds nothing; the one new entry is CPython's for this (calling) frame.
    assert e.__traceback__.tb_next is saved_tb
    assert len(traceback.extract_tb(e.__traceback__)) == n_before + 1

# fetch: normalized exception with its traceback attached.
e = hrt.fetch(lambda: {}["missing"])
assert type(e) is KeyError and e.args == ("missing",)
assert e.__traceback__ is not None
e = hrt.fetch(lambda: int("x"))
assert type(e) is ValueError and "invalid literal" in str(e)
assert hrt.fetch(lambda: 5) == 5

# except matching
assert hrt.matches(ValueError(), ValueError) is True
assert hrt.matches(ValueError(), (KeyError, ValueError)) is True
# Nested tuples are rejected, as by CPython's CHECK_EXC_MATCH.
assert hrt.matches(ValueError(), KeyError) is False
assert hrt.matches(KeyError(), LookupError) is True
msg = "catching classes that do not inherit from BaseException is not allowed"
expect(TypeError, msg, hrt.matches, ValueError(), 1)
expect(TypeError, msg, hrt.matches, ValueError(), (ValueError, 1))
expect(TypeError, msg, hrt.matches, ValueError(), int)
expect(TypeError, msg, hrt.matches, ValueError(), (KeyError, (IndexError, ValueError)))

# assert
e = expect(AssertionError, "", hrt.assert_fail)
assert e.args == ()
e = expect(AssertionError, "boom", hrt.assert_fail, "boom")
assert e.args == ("boom",)
e = expect(AssertionError, "(1, 2)", hrt.assert_fail, (1, 2))
assert e.args == ((1, 2),)

# with
log = []
class CM:
    def __enter__(self):
        log.append("enter"); return "entered"
    def __exit__(self, t, v, tb):
        log.append((t, v, tb)); return True
m = CM()
exit_, res = hrt.with_enter(m)
assert res == "entered" and exit_.__self__ is m
assert hrt.with_exit(exit_, None) is True and log[-1] == (None, None, None)
try:
    thrower()
except ValueError as err:
    caught = err
assert hrt.with_exit(exit_, caught) is True
assert log[-1] == (ValueError, caught, caught.__traceback__)
# Special lookup is on the type, not the instance.
class OnlyInstance: pass
o = OnlyInstance(); o.__enter__ = lambda: 1; o.__exit__ = lambda *a: 0
expect(TypeError, f"'OnlyInstance' object does not support the context manager protocol", hrt.with_enter, o)
class NoExit:
    def __enter__(self): return 1
expect(TypeError, "'NoExit' object does not support the context manager protocol (missed __exit__ method)",
       hrt.with_enter, NoExit())
class NoEnter:
    def __exit__(self, *a): pass
expect(TypeError, "'NoEnter' object does not support the context manager protocol", hrt.with_enter, NoEnter())
expect(TypeError, "'int' object does not support the context manager protocol", hrt.with_enter, 1)
class EnterFails:
    def __enter__(self): raise KeyError("no")
    def __exit__(self, *a): pass
expect(KeyError, "'no'", hrt.with_enter, EnterFails())
print("exceptions: ok")
