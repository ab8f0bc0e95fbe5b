# Custom exception hierarchies: args, __str__, attributes, chaining, and an uncaught one at the end.
class AppError(Exception):
    """Base for application errors."""

    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[E{self.code}] {self.args[0]}"


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}", code=404)
        self.key = key


class RetryableError(AppError):
    def __init__(self, message, attempts):
        super().__init__(message, code=503)
        self.attempts = attempts

    def __repr__(self):
        return f"RetryableError(attempts={self.attempts})"


print([c.__name__ for c in MissingKey.__mro__])
errors = [AppError("generic"), ConfigError("bad config", code=2), MissingKey("port"), RetryableError("later", 3)]
for err in errors:
    print(type(err).__name__, "|", str(err), "|", repr(err), "|", err.args, "|", err.code)

for err in errors:
    try:
        raise err
    except KeyError as e:
        print("as KeyError:", type(e).__name__, e.key)
    except ConfigError as e:
        print("as ConfigError:", e)
    except AppError as e:
        print("as AppError:", e)


# exception class attributes and default args
class Plain(Exception):
    pass


print(repr(Plain()), repr(Plain(1, 2)), str(Plain(1, 2)), str(Plain("one")), Plain().args)


# raising the class instead of an instance
try:
    raise Plain
except Plain as e:
    print("raised class ->", repr(e))

try:
    raise MissingKey
except TypeError as e:
    print("TypeError:", e)


# raising non-exceptions
class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)


# chaining
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise MissingKey("port") from e


try:
    load({})
except MissingKey as e:
    print("chained:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)


def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except RetryableError as e:
            last = e
            print("  attempt", i, "failed:", e)
    raise AppError("gave up", code=99) from last


def flaky(i):
    if i < 2:
        raise RetryableError(f"try {i}", i)
    return f"ok on {i}"


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except AppError as e:
    print("final:", e, repr(e.__cause__))


# exception with custom __init__ that doesn't call super: args come from the call
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


ns = NoSuper(1, 2)
print(ns.args, ns.total, str(ns))


# exception groups of custom classes (no except*)
eg = ExceptionGroup("batch", [ConfigError("one"), RetryableError("two", 1)])
print(repr(eg.exceptions[0]), eg.exceptions[1], eg.subgroup(ConfigError).exceptions, eg.split(AppError)[1])


# a with-statement that converts exceptions
class Translate:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ConfigError("division in config") from ev
        return False


try:
    with Translate():
        1 // 0
except ConfigError as e:
    print("translated:", e, type(e.__cause__).__name__)


# finally: uncaught custom exception raised from a method, with a cause
class Service:
    def __init__(self, name):
        self.name = name

    def start(self):
        try:
            self._connect()
        except OSError as e:
            raise ConfigError(f"service {self.name} cannot start", code=7) from e

    def _connect(self):
        raise ConnectionRefusedError("port 8080 refused")


Service("api").start()
