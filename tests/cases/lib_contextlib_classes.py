# contextlib with compiled classes: class-based context managers (exception suppression,
# re-raising, __enter__ returning other objects), ExitStack (callback, enter_context,
# pop_all, LIFO order, exception propagation through exits), suppress, closing,
# nullcontext, AbstractContextManager subclass, redirect_stdout, ContextDecorator.
import contextlib
import io
import sys


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        if self.fail_on_exit:
            raise RuntimeError("exit failed in " + self.name)
        return False

    def close(self):
        print("close", self.name)


class Swallow:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return None


with Resource("a") as ra, Resource("b") as rb:
    print("body", ra.name, rb.name, Resource.opened)
with Swallow(KeyError, IndexError) as sw:
    {}["missing"]
print("swallowed", repr(sw.caught))
try:
    with Swallow(KeyError):
        [][1]
except IndexError as e:
    print("escaped IndexError:", e)
try:
    with Resource("c"), Resource("d", fail_on_exit=True):
        raise ValueError("boom")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource("s%d" % i)) for i in range(3)]
    stack.callback(print, "callback ran", len(rs))
    stack.push(lambda *exc: print("push saw", exc[0]))
    print("in stack", Resource.opened)
print("after stack", Resource.opened)

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Swallow(ZeroDivisionError))
        stack.enter_context(Resource("y"))
        1 / 0
    print("zero division suppressed inside stack")
except ZeroDivisionError:
    print("not reached")

with contextlib.ExitStack() as outer:
    outer.enter_context(Resource("keep"))
    moved = outer.pop_all()
print("popped, still open:", Resource.opened)
moved.close()
print("after moved.close:", Resource.opened)

with contextlib.suppress(KeyError, AttributeError):
    Resource("r").nope
print("suppress ok")
with contextlib.closing(Resource("closable")) as cl:
    print("using", cl.name)
with contextlib.nullcontext(Resource("n")) as nc:
    print("nullcontext gives", nc.name, Resource.opened)


class Timer(contextlib.AbstractContextManager):
    def __init__(self):
        self.entered = 0

    def __exit__(self, *exc):
        print("Timer exit", exc[0])
        return None


with Timer() as t:
    print("timer is self:", isinstance(t, Timer), isinstance(t, contextlib.AbstractContextManager))
print(issubclass(Resource, contextlib.AbstractContextManager), issubclass(Swallow, contextlib.AbstractContextManager))


class traced(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, *exc):
        print("end", self.label, exc[0].__name__ if exc[0] else "ok")
        return False


@traced("work")
def work(n):
    print("working", n)
    return n * 2


print(work(4))
try:
    with traced("failing"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError:", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    with Resource("quiet"):
        pass
print("captured:", buf.getvalue().splitlines())


class Reentrant:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *exc):
        self.depth -= 1


r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2, r.depth)
print("final depth", r.depth)
with Resource("last"):
    sys.exit(3)
