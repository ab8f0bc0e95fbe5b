# A library-style module that deprecates old APIs with warnings.warn: filters installed with
# simplefilter/filterwarnings (ignore by message regex, error for a category, once), warnings
# recorded with catch_warnings(record=True), a custom Warning subclass built with type(), a
# custom showwarning hook, and one warning printed to stderr by the default machinery.
import sys
import warnings

PendingRemoval = type("PendingRemoval", (DeprecationWarning,), {})


def old_mean(values):
    warnings.warn("old_mean() is deprecated; use mean()", DeprecationWarning, stacklevel=2)
    return mean(values)


def mean(values):
    if not values:
        warnings.warn("mean of empty list; returning 0.0", RuntimeWarning)
        return 0.0
    return sum(values) / len(values)


def legacy_flag(flag):
    if flag:
        warnings.warn(PendingRemoval("flag=True will be removed in 2.0"))
    return not flag


def summarize(w):
    return [(type(x.message).__name__ if isinstance(x.message, Warning) else x.category.__name__,
             str(x.message), x.category.__name__) for x in w]


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("old_mean:", old_mean([1, 2, 3, 4]))
    print("mean([]):", mean([]))
    print("legacy:", legacy_flag(True), legacy_flag(False))
for entry in summarize(caught):
    print("  recorded:", entry)
print("locations:", [(w.filename.rsplit("/", 1)[-1], w.lineno) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=r"mean of empty")
    mean([])
    old_mean([5])
print("after ignore-by-message:", [str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        old_mean([1])
    except DeprecationWarning as e:
        print("raised as error:", type(e).__name__, e)
    try:
        legacy_flag(True)
    except PendingRemoval as e:
        print("subclass raised too:", type(e).__name__, isinstance(e, DeprecationWarning))
    print("runtime warning still fine:", mean([]) if False else "skipped")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once please", UserWarning)
        warnings.warn("another", UserWarning)
print("once:", [str(w.message) for w in caught])

shown = []


def hook(message, category, filename, lineno, file=None, line=None):
    shown.append(f"{category.__name__}: {message}")


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = hook
    mean([])
    warnings.warn("custom hook sees this", FutureWarning)
print("hook saw:", shown)
print("formatwarning:", warnings.formatwarning("msg", UserWarning, "file.py", 12, "x = 1").strip())

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("default")
    sys.stdout.flush()
    warnings.warn("printed to stderr by default", UserWarning)
print("done")
