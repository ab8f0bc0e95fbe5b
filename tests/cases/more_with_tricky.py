# with: multiple items, failures in __enter__/__exit__, suppression, exit arguments, order.
import contextlib
import io
import sys
events = []
def cm(name, enter_raises=None, exit_raises=None, suppress=False):
    def enter(self):
        events.append("enter " + name)
        if enter_raises:
            raise enter_raises
        return self
    def exit_(self, typ, val, tb):
        events.append("exit %s %s %r %s" % (name, typ.__name__ if typ else None, val, tb is not None))
        if exit_raises:
            raise exit_raises
        return suppress
    return type("CM_" + name, (), {"__enter__": enter, "__exit__": exit_, "name": name})()
def run(label, fn):
    events.clear()
    try:
        result = fn()
    except BaseException as e:
        result = "raised %s(%s) ctx=%r" % (type(e).__name__, e, e.__context__)
    print(label, "->", result)
    for ev in events:
        print("   ", ev)
def second_enter_fails():
    with cm("a") as a, cm("b", enter_raises=KeyError("b-enter")) as b, cm("c"):
        return "body"
run("second enter fails", second_enter_fails)
def exit_raises_replaces():
    with cm("outer"), cm("inner", exit_raises=ValueError("from exit")):
        raise TypeError("from body")
run("exit raises", exit_raises_replaces)
def inner_suppresses():
    with cm("outer"), cm("inner", suppress=True):
        raise TypeError("suppressed")
    return "continued after with"
run("inner suppresses", inner_suppresses)
def suppress_then_return_in_body():
    with cm("s", suppress=True):
        return "returned from body"
run("return in body", suppress_then_return_in_body)
def exit_truthy_values():
    out = []
    for val in [1, "yes", [], 0, None]:
        try:
            with cm(repr(val), suppress=val):
                raise RuntimeError("x")
            out.append((val, "suppressed"))
        except RuntimeError:
            out.append((val, "propagated"))
    return out
run("truthiness", exit_truthy_values)
def as_targets():
    store = {}
    obj = type("Holder", (), {})()
    with cm("t1") as store["k"], cm("t2") as obj.attr, cm("t3") as (x):
        pass
    return store["k"].name, obj.attr.name, x.name
run("as targets", as_targets)
def break_continue_in_with():
    seen = []
    for i in range(4):
        with cm("loop%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            seen.append(i)
    return seen
run("break/continue", break_continue_in_with)
def missing_protocol():
    NoExit = type("NoExit", (), {"__enter__": lambda self: self})
    with NoExit():
        pass
run("missing __exit__", missing_protocol)
def missing_enter():
    NoEnter = type("NoEnter", (), {"__exit__": lambda self, *a: None})
    with NoEnter():
        pass
run("missing __enter__", missing_enter)
def exit_stack():
    with contextlib.ExitStack() as stack:
        for n in "xyz":
            stack.enter_context(cm(n))
        stack.callback(events.append, "callback")
        raise ValueError("stack body")
run("exit stack", exit_stack)
def exit_stack_suppress():
    with contextlib.ExitStack() as stack:
        stack.enter_context(cm("sup", suppress=True))
        stack.enter_context(cm("plain"))
        raise ValueError("stack body")
    return "suppressed by stack member"
run("exit stack suppress", exit_stack_suppress)
def redirect():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        print("to buffer")
        print("err to buffer", file=sys.stderr)
    return buf.getvalue()
run("redirect", redirect)
def nested_with_exception_in_exit_during_exception():
    try:
        with cm("e", exit_raises=KeyError("exit-key")):
            1 / 0
    except KeyError as e:
        return "ctx is " + type(e.__context__).__name__
run("exit during exception", nested_with_exception_in_exit_during_exception)
def suppress_class():
    with contextlib.suppress(ZeroDivisionError, KeyError):
        {}[1]
    with contextlib.suppress():
        pass
    with contextlib.nullcontext(5) as five:
        pass
    return five
run("suppress class", suppress_class)
def closing():
    C = type("C", (), {"close": lambda self: events.append("closed")})
    with contextlib.closing(C()) as c:
        events.append("using " + type(c).__name__)
    return "ok"
run("closing", closing)
def exc_info_in_exit():
    def exit_(self, *a):
        events.append("exc_info in exit: %s" % (sys.exc_info()[0],))
        return True
    E = type("E", (), {"__enter__": lambda self: None, "__exit__": exit_})
    with E():
        raise OSError("x")
    return "after: %s" % (sys.exc_info()[0],)
run("exc_info in exit", exc_info_in_exit)
