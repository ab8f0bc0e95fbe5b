# contextlib over compiled generators: @contextmanager normal flow, exceptions delivered into the generator, suppression, re-raising, generator not yielding / yielding twice -> RuntimeError, StopIteration inside the block, ExitStack, closing(), decorator use, nested managers.
import contextlib

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as v:
    print("body", v)

with tag("outer"):
    with tag("inner") as w:
        print("nested body", w)

try:
    with tag("err"):
        raise ValueError("inside block")
except ValueError as e:
    print("propagated:", e)

@contextlib.contextmanager
def suppress_value_errors():
    try:
        yield
    except ValueError as e:
        print("suppressed", repr(e))

with suppress_value_errors():
    raise ValueError("quiet")
print("after suppressed block")
try:
    with suppress_value_errors():
        raise KeyError("loud")
except KeyError as e:
    print("not suppressed:", e)

@contextlib.contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e
try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), "| cause:", repr(e.__cause__))

@contextlib.contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("saw", type(e).__name__, "and re-raises")
        raise
try:
    with reraise():
        raise OSError("os")
except OSError as e:
    print("caller got", repr(e), e.__context__)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
    print("no_yield body ran")
try:
    with no_yield():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def yields_twice():
    yield 1
    print("yields_twice resumed")
    yield 2
try:
    with yields_twice() as x:
        print("in block", x)
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def ignores_error():
    try:
        yield
    except Exception:
        yield "again"
try:
    with ignores_error():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised inside the with block is not swallowed
@contextlib.contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration("from block")
except StopIteration as e:
    print("StopIteration preserved:", e)

# the generator function as decorator
@tag("decorated")
def decorated_function(x):
    print("decorated body", x)
    return x * 2
print(decorated_function(21))
print(decorated_function(1))

# ExitStack: callbacks and compiled context managers unwind in LIFO order
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag("s%d" % i)) for i in range(3)]
    stack.callback(print, "callback registered last runs first")
    print("stack body", names)

with contextlib.ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
    print("pop_all moved")
print("stack exited, moved still open")
moved.close()

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(tag("x1"))
        stack.enter_context(suppress_value_errors())
        stack.enter_context(tag("x2"))
        raise ValueError("through stack")
except ValueError:
    print("not reached")
print("stack suppressed the error")

# closing() on a compiled generator calls close()
def resource():
    try:
        yield 1
        yield 2
    finally:
        print("resource closed")
with contextlib.closing(resource()) as r:
    print("first", next(r))
print("after closing")

# contextmanager yielding a mutable value that the block changes
@contextlib.contextmanager
def collecting():
    items = []
    yield items
    print("collected", items)
with collecting() as c:
    c.append(1)
    c.extend([2, 3])

# generator-based context manager reused: each call creates a new generator
cm_factory = tag("reuse")
with cm_factory:
    print("first use")
try:
    with cm_factory:
        print("second use")
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)

# suppress and nullcontext around compiled generators
with contextlib.suppress(KeyError):
    with tag("in suppress"):
        {}["missing"]
print("after suppress")
with contextlib.nullcontext(resource()) as gen:
    print(list(gen))

# exception in the generator before yielding
@contextlib.contextmanager
def fails_on_enter():
    raise LookupError("setup failed")
    yield
try:
    with fails_on_enter():
        print("not reached")
except LookupError as e:
    print("enter failed:", e)

# exception in the generator after the block (cleanup failure)
@contextlib.contextmanager
def fails_on_exit():
    yield "ok"
    raise BufferError("cleanup failed")
try:
    with fails_on_exit() as v:
        print("block ran", v)
except BufferError as e:
    print("exit failed:", e)
