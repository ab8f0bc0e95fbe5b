"""Code that looks at its caller's frame sees compiled frames as interpreted ones."""
import collections
import enum
import inspect
import logging
import pickle
import sys
import traceback
import typing
import warnings


def here():
    frame = sys._getframe()
    caller = sys._getframe(1)
    print("here:", frame.f_code.co_name, frame.f_lineno, caller.f_code.co_name, caller.f_lineno)
    print("globals shared:", frame.f_globals is globals())
    return frame


escaped = here()
print("escaped frame:", escaped.f_code.co_name, escaped.f_lineno, escaped.f_back is not None)


def outer():
    def inner():
        return [f.function for f in inspect.stack()[:3]]
    return inner()


print("stack:", outer())


def warn_me():
    warnings.warn("careful", UserWarning)


def warn_caller():
    warnings.warn("blame the caller", DeprecationWarning, stacklevel=2)


warnings.simplefilter("always")
warn_me()
warn_caller()

logging.basicConfig(
    format="%(levelname)s %(module)s.%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout
)


def log_something():
    logging.getLogger("demo").warning("from a compiled function")


log_something()
logging.warning("from the module body")

Point = collections.namedtuple("Point", "x y")
Color = enum.Enum("Color", "RED GREEN")
Movie = typing.NamedTuple("Movie", [("title", str), ("year", int)])
for obj in (Point(1, 2), Color.GREEN, Movie("Heron", 2026)):
    clone = pickle.loads(pickle.dumps(obj))
    print(type(obj).__module__, clone, clone == obj)


def stack_lines():
    return [line.strip() for line in traceback.format_stack(limit=3)]


print(*stack_lines(), sep="\n")


def walk():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


print("walk:", walk())
print("eval in frame:", eval("__name__"), "exec globals:", end=" ")
exec("print(sorted(k for k in ('Point', 'Color') if k in globals()))")
