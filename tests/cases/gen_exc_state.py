# Exception state and generators: sys.exc_info()/sys.exception() inside a generator resumed from the caller's except block, the generator's own handled exception saved across yields and invisible to the caller, bare raise inside generators, exception context chaining across resumption.
import sys

def name(e):
    return None if e is None else type(e).__name__ + "(" + str(e) + ")"

def current():
    return name(sys.exc_info()[1])

def observer():
    while True:
        print("  gen sees:", current(), "| sys.exception:", name(sys.exception()))
        yield

g = observer()
print("outside, no exception:")
next(g)
try:
    raise KeyError("caller")
except KeyError:
    print("caller in except:", current())
    next(g)
    print("caller after resume:", current())
print("after caller except:", current())
next(g)

# the generator's own handled exception is saved across yields
def own_handler():
    try:
        raise ValueError("gen-own")
    except ValueError:
        print("  gen in except:", current())
        yield "suspended in except"
        print("  gen resumed in except:", current())
        yield "still in except"
    print("  gen after except:", current())
    yield "done"

g = own_handler()
print(next(g))
print("caller while gen suspended in except:", current())
try:
    raise IndexError("caller-exc")
except IndexError:
    print(next(g))
    print("caller still has its own:", current())
print(next(g))
print("caller at end:", current())

# generator in except, resumed from caller's except: generator sees its own exception
def own2():
    try:
        raise OSError("gen-exc")
    except OSError:
        while True:
            yield current()
g = own2()
print(next(g))
try:
    raise LookupError("caller2")
except LookupError:
    print(next(g), "| caller:", current())

# bare raise in generator re-raises the generator's own exception, not the caller's
def bare():
    try:
        raise TypeError("gen's")
    except TypeError:
        yield
        raise
g = bare()
next(g)
try:
    raise ZeroDivisionError("caller's")
except ZeroDivisionError:
    try:
        next(g)
    except TypeError as e:
        print("bare raise gave:", name(e), "| context:", name(e.__context__))

# bare raise in a generator with no own exception re-raises the caller's exception
def bare_no_own():
    yield
    raise
g = bare_no_own()
next(g)
try:
    raise NameError("caller only")
except NameError:
    try:
        next(g)
    except NameError as e:
        print("bare raise with caller's exception:", name(e))
g = bare_no_own()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

# an exception raised in a generator (not in its own except) gets the caller's exception as context
def raiser():
    yield
    raise ValueError("raised in gen")
g = raiser()
next(g)
try:
    raise KeyError("outer context")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print("context from caller:", name(e.__context__))

# raised inside the generator's own except: context is the generator's exception
def raiser_in_except():
    try:
        raise KeyError("gen context")
    except KeyError:
        yield
        raise ValueError("in gen except")
g = raiser_in_except()
next(g)
try:
    raise IndexError("caller context")
except IndexError:
    try:
        next(g)
    except ValueError as e:
        print("context:", name(e.__context__), "| its context:", name(e.__context__.__context__))

# exception state of a generator driven by for loop inside except
def squares():
    for i in range(3):
        yield i, current()
try:
    raise RuntimeError("loop caller")
except RuntimeError:
    print(list(squares()))
print(list(squares()))

# exception state restored after the generator handled an exception and yielded inside try
def handles_then_yields():
    try:
        yield "a"
    except KeyError:
        yield "handled " + current()
    yield "after: " + str(current())
g = handles_then_yields()
print(next(g))
print(g.throw(KeyError("thrown")))
print("caller:", current())
print(next(g))

# sys.exc_info in nested generators via yield from
def inner():
    yield "inner: " + str(current())
    try:
        raise ArithmeticError("inner own")
    except ArithmeticError:
        yield "inner in except: " + str(current())
def outer():
    try:
        raise EOFError("outer own")
    except EOFError:
        yield from inner()
        yield "outer in except: " + str(current())
    yield "outer after: " + str(current())
print(list(outer()))
try:
    raise BufferError("caller3")
except BufferError:
    print(list(outer()))

# thrown exception while generator suspended in except: handler sees the right state
def suspended_in_except():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            yield
        except ValueError:
            print("  inner handler:", current(), "| context:", name(sys.exc_info()[1].__context__))
        print("  back in outer handler:", current())
    yield
g = suspended_in_except()
next(g)
g.throw(ValueError("second"))
print("caller after throw:", current())
