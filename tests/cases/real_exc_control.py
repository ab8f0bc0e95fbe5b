# Exceptions as control flow across several function levels, with a custom exception
# hierarchy built via type(): a config validator that aborts deep inside nested calls,
# a search that unwinds with a Found exception carrying data, retries with context managers
# (ExitStack callbacks) that log enter/exit, exception chaining (from / implicit), finally-based cleanup ordering,
# re-raise after partial handling, and exception attributes/args/notes.
import contextlib

AppError = type("AppError", (Exception,), {"code": 1})
ConfigError = type("ConfigError", (AppError,), {"code": 2})
MissingKey = type("MissingKey", (ConfigError, KeyError), {"code": 3})
Found = type("Found", (Exception,), {})
Retry = type("Retry", (Exception,), {})


def _ve_init(self, field, problem):
    Exception.__init__(self, f"{field}: {problem}")
    self.field = field
    self.problem = problem


ValidationError = type("ValidationError", (ConfigError,), {"__init__": _ve_init, "code": 4})
trail = []


def guarded(name, fn, *args):
    with contextlib.ExitStack() as stack:
        trail.append(f"enter {name}")
        stack.callback(trail.append, f"exit {name}")
        return fn(*args)


def require(cfg, key):
    if key not in cfg:
        raise MissingKey(key)
    return cfg[key]


def check_port(cfg):
    port = require(cfg, "port")
    try:
        port = int(port)
    except ValueError as e:
        raise ValidationError("port", f"not a number ({port!r})") from e
    if not 0 < port < 65536:
        raise ValidationError("port", f"{port} out of range")
    return port


def check_server(cfg):
    host = guarded("host", require, cfg, "host")
    port = guarded("port", check_port, cfg)
    return f"{host}:{port}"


def load_all(configs):
    good, bad = [], []
    for i, cfg in enumerate(configs):
        try:
            good.append(check_server(cfg))
        except ValidationError as e:
            cause = type(e.__cause__).__name__ if e.__cause__ else None
            bad.append((i, "invalid", e.field, e.problem, e.code, cause))
        except MissingKey as e:
            bad.append((i, "missing", e.args[0], isinstance(e, KeyError), e.code))
        finally:
            trail.append(f"done {i}")
    return good, bad


configs = [{"host": "a", "port": "80"}, {"host": "b"}, {"port": 1}, {"host": "c", "port": "http"},
           {"host": "d", "port": 70000}]
good, bad = load_all(configs)
print("good:", good)
for b in bad:
    print("bad:", b)
print("trail:", trail)


def search(tree, target, path=()):
    for key in sorted(tree):
        value = tree[key]
        if isinstance(value, dict):
            search(value, target, path + (key,))
        elif value == target:
            raise Found(path + (key,))


fs = {"etc": {"hosts": 11, "passwd": 7}, "home": {"ada": {"notes": 42, "todo": 3}}, "tmp": {}}
for target in (42, 7, 99):
    try:
        search(fs, target)
        print(f"{target}: not found")
    except Found as f:
        print(f"{target}: found at /" + "/".join(f.args[0]))

attempts = []


def fetch(n):
    attempts.append(n)
    if n < 3:
        raise Retry(f"attempt {n} timed out")
    return f"payload after {n} attempts"


def with_retries(fn, limit):
    last = None
    for n in range(1, limit + 1):
        try:
            return fn(n)
        except Retry as e:
            last = e
    raise AppError(f"gave up after {limit}") from last


print(with_retries(fetch, 5))
try:
    with_retries(fetch, 2)
except AppError as e:
    print("AppError:", e, "| cause:", e.__cause__, "| code", e.code)


def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            try:
                out.append(float(it))
            except ValueError:
                raise ConfigError(f"cannot parse {it!r}")
    return out


try:
    parse_all(["1", "2.5", "x"])
except ConfigError as e:
    ctx = e.__context__
    print("ConfigError:", e, "| context:", type(ctx).__name__, ctx, "| suppress:", e.__suppress_context__)


def partial_handle():
    try:
        {}["k"]
    except KeyError as e:
        e.add_note("while looking up k")
        raise


try:
    partial_handle()
except KeyError as e:
    print("re-raised:", repr(e), e.__notes__)
print("MRO:", [c.__name__ for c in MissingKey.__mro__])
print("issubclass:", issubclass(ValidationError, AppError), issubclass(MissingKey, LookupError))
try:
    raise ExceptionGroup("many", [AppError("a"), ConfigError("b")]) if False else AppError("x", 2)
except AppError as e:
    print("args:", e.args, str(e), repr(e))
