# Generator throw(): caught and uncaught, exception type vs instance, type+value and three-argument forms, invalid arguments, throw into unstarted/finished generators, __context__ when suspended inside except, yield after catching.
import sys

def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught ValueError", e.args)
            n += 100
        except KeyError as e:
            print("caught KeyError", e)
            return "returned after KeyError"
        n += 1

g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError, "from type and value"))
print(g.throw(ValueError, ("tuple", "args")))
print(g.throw(ValueError, None))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print("thrown into finished generator re-raised:", e)

# uncaught throw propagates out and finishes the generator
def simple():
    yield 1
    yield 2
g = simple()
next(g)
try:
    g.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated:", e)
print(list(g))
try:
    next(g)
except StopIteration:
    print("finished after uncaught throw")

# throw into an unstarted generator: raised at the start, no code runs
def starter():
    print("starter body ran")
    try:
        yield 1
    except Exception:
        print("never here")
g = starter()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(list(g))

# the exception instance identity is preserved
err = ValueError("identity")
def grab():
    try:
        yield
    except ValueError as e:
        yield e
g = grab()
next(g)
print(g.throw(err) is err)

# three argument form with a traceback
def make_tb():
    try:
        raise OSError("with tb")
    except OSError as e:
        return e, e.__traceback__
e, tb = make_tb()
g = grab()
next(g)
try:
    g.throw(OSError, e, tb)
except OSError as got:
    print("3-arg:", got is e, got)
g = grab()
next(g)
try:
    g.throw(KeyError, "kv", None)
except KeyError as got:
    print("3-arg None tb:", repr(got))

# type + instance of a subclass: instance is used as is
class MyErr(ValueError):
    pass
g = grab()
next(g)
m = MyErr("sub")
print(g.throw(ValueError, m) is m)

# type + value that is not an instance: type(value) is called
g = grab()
next(g)
r = g.throw(ValueError, 42)
print(type(r).__name__, r.args)

# invalid arguments
g = grab()
next(g)
for args in [(1,), ("string",), (object,), (int,), (ValueError("x"), "extra"), (ValueError, 1, 2), (ValueError, None, "tb")]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError, 1, None, 4)
except TypeError as e:
    print("TypeError:", e)
# generator still usable after argument errors
try:
    g.throw(ValueError("real"))
except StopIteration:
    pass
r = None
try:
    g = grab(); next(g); r = g.throw(ValueError("real"))
except StopIteration:
    pass
print("still works:", r)

# throw while suspended inside an except block: thrown exception gets __context__
def in_except():
    try:
        raise KeyError("original")
    except KeyError:
        yield "inside except"
        print("not reached")
g = in_except()
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("context:", repr(e.__context__), e.__suppress_context__)

def in_except_catching():
    try:
        raise KeyError("orig2")
    except KeyError:
        try:
            yield "suspended"
        except ValueError as e:
            print("caught inside, context:", repr(e.__context__))
            print("exc_info inside:", sys.exc_info()[0].__name__)
        print("after inner try, exc_info:", sys.exc_info()[0].__name__)
    print("after outer try, exc_info:", sys.exc_info())
    yield "end"
g = in_except_catching()
print(next(g))
print(g.throw(ValueError("t")))

# the thrown exception is seen at the yield point: finally blocks run
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
g = with_finally()
next(g)
try:
    g.throw(IndexError("ix"))
except IndexError as e:
    print("after finally:", e)

# throw GeneratorExit / StopIteration / KeyboardInterrupt-like BaseException
def base():
    try:
        yield 1
    except BaseException as e:
        print("base caught", type(e).__name__)
        yield "recovered"
g = base()
next(g)
print(g.throw(GeneratorExit))
g = base()
next(g)
print(g.throw(StopIteration("sie")))
g = base()
next(g)
print(g.throw(SystemExit(3)))

# uncaught StopIteration thrown in: becomes RuntimeError
g = simple()
next(g)
try:
    g.throw(StopIteration("x"))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# throw returns next yielded value; generator returning after catch -> StopIteration
def ret_after_catch():
    try:
        yield 1
    except ValueError:
        return "clean"
g = ret_after_catch()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration.value:", e.value)

# re-raise a different exception from the handler: context chained
def reraiser():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
g = reraiser()
next(g)
try:
    g.throw(ValueError("v"))
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

def reraiser2():
    try:
        yield
    except ValueError:
        raise TypeError("implicit")
g = reraiser2()
next(g)
try:
    g.throw(ValueError("v2"))
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

# the traceback of a thrown exception includes the generator frame
def tb_gen():
    yield
g = tb_gen()
next(g)
try:
    g.throw(ValueError("tb"))
except ValueError as e:
    names = []
    t = e.__traceback__
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("traceback frames:", names)

# throw with exception class whose constructor fails
class Bad(Exception):
    def __init__(self, *args):
        raise RuntimeError("ctor failed")
g = grab()
next(g)
try:
    g.throw(Bad)
except RuntimeError as e:
    print("ctor error:", e)
import inspect
print("state after ctor error:", inspect.getgeneratorstate(g))
g = grab()
next(g)
print(g.throw(ValueError("ok after ctor error")))
