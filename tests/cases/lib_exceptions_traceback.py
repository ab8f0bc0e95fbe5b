# Compiled exception classes with the traceback/pickle/copy libraries: hierarchies with
# custom __init__/__str__/__repr__, attributes, chaining (from/implicit/suppressed),
# add_note, traceback.format_exception/TracebackException/print_exception/walk_tb,
# pickling exceptions (including the classic custom-__init__ pitfall fixed by __reduce__),
# copy of exceptions, and an uncaught custom exception ending the program.
import copy
import pickle
import sys
import traceback


class AppError(Exception):
    """Base of the application's errors."""


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return "config key %r: %s" % (self.key, self.problem)


class HttpError(AppError):
    def __init__(self, status, url):
        super().__init__("HTTP %d for %s" % (status, url))
        self.status = status
        self.url = url

    def __reduce__(self):
        return (type(self), (self.status, self.url))

    @property
    def retryable(self):
        return self.status >= 500


class BrokenStr(AppError):
    def __str__(self):
        raise RuntimeError("str is broken")


def load_config(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key, "missing") from e


def fetch(url):
    raise HttpError(503, url)


def pipeline():
    try:
        fetch("http://svc/a")
    except HttpError as e:
        e.add_note("while running pipeline step 1")
        load_config({}, "timeout")


try:
    pipeline()
except AppError as exc:
    print(type(exc).__name__, exc, exc.key, isinstance(exc, Exception))
    print("cause:", repr(exc.__cause__), "context:", type(exc.__context__).__name__)
    print("context of cause:", type(exc.__cause__.__context__).__name__, exc.__cause__.__context__.__notes__)
    lines = traceback.format_exception(exc)
    print("".join(lines), end="")
    te = traceback.TracebackException.from_exception(exc)
    print([f.name for f in te.stack], te.exc_type.__name__, str(te))
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(exc.__traceback__)])

try:
    try:
        fetch("http://svc/b")
    except HttpError:
        raise ValueError("replacement") from None
except ValueError as e:
    print("suppressed:", e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
    traceback.print_exception(e, file=sys.stdout)

for err in [AppError("plain", 1), ConfigError("port", "not an int"), HttpError(404, "/x")]:
    for proto in (0, 2, 5):
        back = pickle.loads(pickle.dumps(err, proto))
        assert type(back) is type(err) and str(back) == str(err), (err, proto)
    back = pickle.loads(pickle.dumps(err))
    print("pickled", type(back).__name__, back.args, str(back), getattr(back, "status", "-"))
    cp = copy.copy(err)
    dc = copy.deepcopy(err)
    print("copied", cp.args == err.args, str(dc), type(dc).__name__, vars(dc) == vars(err))


class Pitfall(Exception):
    def __init__(self, a, b):
        super().__init__("%s-%s" % (a, b))


data = pickle.dumps(Pitfall(1, 2))
try:
    pickle.loads(data)
except TypeError as e:
    print("TypeError:", e)

print(HttpError(502, "/y").retryable, HttpError(404, "/y").retryable, issubclass(HttpError, AppError))
print(repr(HttpError(500, "/z")), repr(ConfigError("k", "v")), AppError.__doc__)
try:
    raise BrokenStr("x")
except AppError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
groups = {}
for exc_type in (ConfigError, HttpError, AppError, KeyError):
    groups.setdefault([c.__name__ for c in exc_type.__mro__][1], []).append(exc_type.__name__)
print(sorted(groups.items()))
sys.stdout.flush()
e = ConfigError("final", "fatal")
e.add_note("note: program ends here")
raise e
