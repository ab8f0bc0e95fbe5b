# A tiny persistent job store built on pickle: module-level functions pickled by reference
# (and resolved back to the same objects), nested data with shared and cyclic references,
# every protocol, a type()-built record class with __getstate__/__setstate__, functools.partial
# of compiled functions, copyreg-free reduce via __reduce__, unpicklable lambdas/closures
# reported cleanly, and a file round-trip in a temporary directory.
import copy
import functools
import io
import os
import pickle
import tempfile


def resize(image, width, height=None):
    return f"resize({image}, {width}x{height or width})"


def thumbnail(image):
    return resize(image, 64)


def compress(image, quality=80):
    return f"compress({image}, q={quality})"


def _job_init(self, name, func, args=(), kwargs=None):
    self.name, self.func, self.args, self.kwargs = name, func, tuple(args), dict(kwargs or {})
    self.runs = 0
    self._cache = {"not": "persisted"}


def _job_run(self):
    self.runs += 1
    return self.func(*self.args, **self.kwargs)


def _job_getstate(self):
    state = dict(self.__dict__)
    del state["_cache"]
    return state


def _job_setstate(self, state):
    self.__dict__.update(state)
    self._cache = {}


Job = type("Job", (), {
    "__init__": _job_init, "run": _job_run, "__getstate__": _job_getstate,
    "__setstate__": _job_setstate,
    "__repr__": lambda self: f"Job({self.name!r}, {getattr(self.func, '__name__', 'partial')}, runs={self.runs})",
})
Job.__module__ = __name__
Job.__qualname__ = "Job"


def _money_reduce(self):
    return (Money, (self.cents,))


Money = type("Money", (), {
    "__init__": lambda self, cents: setattr(self, "cents", cents),
    "__reduce__": _money_reduce,
    "__eq__": lambda self, other: isinstance(other, Money) and self.cents == other.cents,
    "__repr__": lambda self: f"${self.cents // 100}.{self.cents % 100:02d}",
})
Money.__module__ = __name__
Money.__qualname__ = "Money"

for fn in (resize, thumbnail, compress):
    data = pickle.dumps(fn)
    print(f"{fn.__name__}: {len(data) < 100} same object: {pickle.loads(data) is fn}")

jobs = [Job("a", thumbnail, ["cat.png"]), Job("b", resize, ["dog.png", 100], {"height": 50}),
        Job("c", functools.partial(compress, quality=30), ["x.jpg"])]
for j in jobs:
    print(j, "->", j.run())

shared = ["shared", "list"]
payload = {"jobs": jobs, "pair": (shared, shared), "price": Money(1999), "nums": {1, 2, 3},
           "bytes": b"\x00\xff", "big": 2 ** 100, "float": 1.5e-300, "none": None}
payload["self"] = payload
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(payload, protocol=proto))
    ok = (back["self"] is back and back["pair"][0] is back["pair"][1] and back["price"] == Money(1999)
          and back["jobs"][1].func is resize and back["big"] == 2 ** 100 and back["nums"] == {1, 2, 3})
    print(f"protocol {proto}: ok={ok}")

restored = pickle.loads(pickle.dumps(jobs))
print("restored:", restored, [j._cache for j in restored])
print("re-run:", [j.run() for j in restored], restored[2].func.func is compress)
print("original untouched:", [j.runs for j in jobs])
print("deepcopy:", copy.deepcopy(payload["price"]), copy.copy(jobs[0]).func is thumbnail)

for bad in (lambda x: x, (lambda: (lambda: 1))(), open(os.devnull)):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        print(f"cannot pickle {type(bad).__name__}: {type(e).__name__}")
    finally:
        if hasattr(bad, "close"):
            bad.close()


def nested_helper():
    def inner():
        return 1
    return inner


try:
    pickle.dumps(nested_helper())
except (pickle.PicklingError, AttributeError) as e:
    print("nested:", type(e).__name__, str(e).split(":")[0])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "store.pkl")
    with open(path, "wb") as f:
        pickle.dump({"jobs": jobs, "version": 3}, f)
        pickle.dump("second object", f)
    with open(path, "rb") as f:
        first = pickle.load(f)
        second = pickle.load(f)
        try:
            pickle.load(f)
        except EOFError:
            print("EOFError at end of store")
    print("from file:", first["version"], first["jobs"], second)
buf = io.BytesIO(pickle.dumps([1, 2]) + b"garbage")
print(pickle.load(buf), buf.read())
try:
    pickle.loads(b"\x80\x04not a pickle")
except Exception as e:
    print("bad data:", type(e).__name__)
