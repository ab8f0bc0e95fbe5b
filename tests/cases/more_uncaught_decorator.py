# An exception raised while applying a decorator (with arguments, stacked) is uncaught; the
# traceback points at the decorator lines.
import functools
def require(*names):
    def deco(fn):
        params = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        for n in names:
            if n not in params:
                raise TypeError(f"{fn.__name__}() has no parameter {n!r}")
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        return wrapper
    return deco
@require("a")
def ok(a, b):
    return a + b
print(ok(1, 2), ok.__name__)
def build():
    @require("b")
    @require("x", "y")
    def broken(a, b):
        return a - b
    return broken
build()
