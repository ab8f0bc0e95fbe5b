# warnings and frame introspection from compiled methods: warnings.warn with stacklevel
# from __init__/methods/properties/classmethods (file:line and source line printed on
# stderr), catch_warnings(record=True), filters turning warnings into errors (traceback),
# a deprecation decorator class, sys._getframe/inspect.stack from constructors.
import functools
import inspect
import sys
import warnings


class deprecated:
    def __init__(self, reason):
        self.reason = reason

    def __call__(self, fn):
        reason = self.reason

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            warnings.warn("%s is deprecated: %s" % (fn.__qualname__, reason), DeprecationWarning, stacklevel=2)
            return fn(*args, **kwargs)
        return wrapper


class LegacyClient:
    def __init__(self, url):
        warnings.warn("LegacyClient is deprecated", DeprecationWarning, stacklevel=2)
        self.url = url

    @deprecated("use fetch()")
    def get(self, path):
        return self.url + path

    def fetch(self, path):
        if not path.startswith("/"):
            warnings.warn("relative path %r" % path, UserWarning, stacklevel=2)
        return self.url + "/" + path.lstrip("/")

    @property
    def host(self):
        warnings.warn("host property", FutureWarning)
        return self.url.split("//")[1]

    @classmethod
    def default(cls):
        warnings.warn("default() is slow", ResourceWarning, stacklevel=1)
        return cls("http://localhost")


warnings.simplefilter("always")
c = LegacyClient("http://example.com")
print(c.get("/a"))
print(c.fetch("b"), c.fetch("/c"))
print(c.host)
print(LegacyClient.default().url)


def use_client():
    client = LegacyClient("http://x")
    return client.fetch("rel")


print(use_client())
sys.stderr.flush()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    LegacyClient("http://rec").get("/p")
    c.fetch("q")
for w in caught:
    print("caught", w.category.__name__, str(w.message), w.lineno, w.filename == __file__ or w.filename.endswith(".py"))

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        c.fetch("boom")
    except UserWarning as e:
        print("as error:", e)
    warnings.filterwarnings("ignore", message="relative path")
    print("ignored:", c.fetch("quiet"))


class CallerInfo:
    def __init__(self):
        frame = sys._getframe(1)
        self.caller = frame.f_code.co_name
        self.line = frame.f_lineno
        self.module = frame.f_globals["__name__"] == __name__
        self.chain = [fi.function for fi in inspect.stack()[:3]]

    def __repr__(self):
        return "CallerInfo(%s@%d, same_module=%s, chain=%s)" % (self.caller, self.line, self.module, self.chain)


def factory():
    return CallerInfo()


class Builder:
    def build(self):
        return factory()


print(CallerInfo())
print(factory())
print(Builder().build())
frame_names = []
f = inspect.currentframe()
while f is not None:
    frame_names.append(f.f_code.co_name)
    f = f.f_back
print(frame_names[:1])
warnings.simplefilter("error")
LegacyClient("http://final")
