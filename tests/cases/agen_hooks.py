# sys.set_asyncgen_hooks / get_asyncgen_hooks with compiled async generators (no event loop): when firstiter and finalizer are called and with what, the finalizer captured at first iteration, finalizers driving aclose(), errors in hooks, no-hook finalization.
import gc
import sys


def unraisable(u):
    print("  unraisable:", type(u.exc_value).__name__, u.exc_value,
          "| object:", repr(u.object).split(" at ")[0])


sys.unraisablehook = unraisable


def run(aw):
    """Drive an awaitable that never really suspends."""
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


def hook_names():
    h = sys.get_asyncgen_hooks()
    return tuple(None if f is None else f.__name__ for f in h), type(h).__name__


seen = []


def firstiter(agen):
    seen.append(("firstiter", agen.__name__))
    print("  firstiter:", agen.__qualname__, "running:", agen.ag_running,
          "frame:", agen.ag_frame is not None)


def finalizer(agen):
    seen.append(("finalizer", agen.__name__))
    print("  finalizer:", agen.__name__, "closed:", agen.ag_frame is None)
    # a finalizer typically schedules aclose(); here it drives it right away
    run(agen.aclose())
    print("  finalizer: aclose done, closed:", agen.ag_frame is None)


def other_finalizer(agen):
    print("  other_finalizer:", agen.__name__)
    run(agen.aclose())


async def numbers(tag):
    try:
        for i in range(3):
            yield f"{tag}{i}"
    finally:
        print(f"  numbers({tag}) finally")


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("  awaits_in_finally: awaiting in finally")
        await Pause()
        print("  not reached")


class Pause:
    def __await__(self):
        yield "paused"


original = sys.get_asyncgen_hooks()
print("default hooks:", hook_names())

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print("installed:", hook_names())

# firstiter runs once, at the first __anext__/asend/athrow/aclose
ag = numbers("a")
print("created, seen:", seen)
aw = ag.__anext__()
print("after __anext__() call (not yet awaited), seen:", seen)
print(run(aw))
print(run(ag.__anext__()))
print("seen:", seen)

# dropped while suspended: the finalizer gets it
del ag, aw
gc.collect()
print("after del, seen:", seen)

# exhausted generators are not finalized through the hook
ag = numbers("b")
out = []
while True:
    try:
        out.append(run(ag.__anext__()))
    except StopAsyncIteration:
        break
print(out)
del ag
print("exhausted dropped, seen:", seen[-1])

# explicitly closed: no finalizer call
ag = numbers("c")
run(ag.asend(None))
run(ag.aclose())
del ag
print("closed dropped, seen:", seen[-1])

# never iterated: no hooks at all
seen.clear()
ag = numbers("d")
del ag
print("never iterated, seen:", seen)

# first use is athrow()/aclose(): firstiter is still called
ag = numbers("e")
try:
    run(ag.athrow(KeyError("k")))
except KeyError:
    print("athrow on fresh gen raised KeyError")
ag = numbers("f")
run(ag.aclose())
print("seen:", seen)

# the finalizer is the one installed when iteration started
ag = numbers("g")
run(ag.__anext__())
sys.set_asyncgen_hooks(finalizer=other_finalizer)
print("changed finalizer only:", hook_names())
ag2 = numbers("h")
run(ag2.__anext__())
del ag
del ag2

# firstiter raising: the error comes from the __anext__() call, and the hook is retried
def bad_firstiter(agen):
    print("  bad_firstiter for", agen.__name__)
    raise RuntimeError("firstiter refused")

sys.set_asyncgen_hooks(firstiter=bad_firstiter, finalizer=None)
ag = numbers("i")
try:
    ag.__anext__()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(run(ag.__anext__()))
except RuntimeError as e:
    print("RuntimeError again:", e)
print("frame untouched:", ag.ag_frame is not None)
del ag

# finalizer raising: reported as unraisable, generator left as is
def bad_finalizer(agen):
    print("  bad_finalizer for", agen.__name__)
    raise ValueError("finalizer failed")

sys.set_asyncgen_hooks(firstiter=None, finalizer=bad_finalizer)
ag = numbers("j")
run(ag.__anext__())
del ag
print("after bad finalizer")

# no hooks: a dropped generator is closed synchronously; awaiting in finally cannot work
sys.set_asyncgen_hooks(None, None)
print("cleared:", hook_names())
ag = numbers("k")
run(ag.__anext__())
del ag
ag = awaits_in_finally()
run(ag.__anext__())
del ag
print("after no-hook finalization")

# argument checking
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(firstiter, finalizer, None)
except TypeError as e:
    print("TypeError:", e)

# keyword-only and positional forms, get_asyncgen_hooks fields
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h[0] is firstiter, len(h))

sys.set_asyncgen_hooks(*original)
print("restored:", hook_names())
