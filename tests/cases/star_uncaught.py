# Printed tracebacks of exception groups produced by except*: traceback.print_exception of rests and of handler-raised groups (nested, with notes, causes, contexts), then an uncaught group left by a module-level except* (exit status 1).
import sys
import traceback


def fail_value(n):
    raise ValueError("bad value %d" % n)


def fail_key(k):
    raise KeyError(k)


def collect(*fns):
    errors = []
    for fn, arg in fns:
        try:
            fn(arg)
        except Exception as e:
            errors.append(e)
    return errors


def batch():
    errors = collect((fail_value, 1), (fail_key, "a"), (fail_value, 2))
    raise ExceptionGroup("batch", errors)


def show(fn):
    print("=====", fn.__name__)
    try:
        fn()
    except BaseException as e:
        traceback.print_exception(e, file=sys.stdout)


def rest_after_partial():
    try:
        batch()
    except* KeyError:
        print("handled the KeyError part")


show(rest_after_partial)


def handler_raises():
    try:
        batch()
    except* ValueError:
        fail_key("from handler")


show(handler_raises)


def nested_rest():
    inner = ExceptionGroup("inner", collect((fail_value, 3), (fail_key, "b")))
    inner.add_note("a note on the inner group")
    try:
        raise ExceptionGroup("outer", [inner, *collect((fail_key, "c"))])
    except* ValueError:
        print("handled the ValueError part")


show(nested_rest)


def cause_in_handler():
    try:
        batch()
    except* KeyError as eg:
        raise RuntimeError("could not handle the keys") from eg
    except* ValueError:
        pass


show(cause_in_handler)


def handler_raises_group():
    try:
        fail_value(4)
    except* ValueError:
        raise ExceptionGroup("replacement", collect((fail_key, "d")))


show(handler_raises_group)


def format_only():
    try:
        batch()
    except* ValueError:
        pass


try:
    format_only()
except ExceptionGroup as eg:
    lines = traceback.format_exception_only(eg)
    print("format_exception_only:", lines)
    print("leaves:", [traceback.format_exception_only(e)[0].strip() for e in eg.exceptions])

print("now leaving a group uncaught", flush=True)
try:
    batch()
except* KeyError:
    fail_value(99)
print("not reached")
