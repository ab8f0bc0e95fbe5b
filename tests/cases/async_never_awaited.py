# coroutines created but never awaited: RuntimeWarning on collection, captured with warnings.catch_warnings
import asyncio
import gc
import warnings


async def forgotten(x):
    print("body never runs", x)
    return x


class Service:
    async def ping(self):
        return "pong"


print("start")
forgotten(1)  # dropped immediately; warning goes to stderr
gc.collect()
print("after dropped coroutine")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = forgotten(2)
    del c
    gc.collect()
    Service().ping()
    gc.collect()
print("warnings:", len(caught))
for w in caught:
    print(w.category.__name__, "|", w.message, "|", type(w.message).__name__)

# a closed coroutine does not warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = forgotten(3)
    c.close()
    del c
    gc.collect()
print("closed coroutine warnings:", len(caught))

# a fully awaited coroutine does not warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(asyncio.run(forgotten.__wrapped__(4)) if hasattr(forgotten, "__wrapped__") else asyncio.run(Service().ping()))
    gc.collect()
print("awaited coroutine warnings:", len(caught))

# a started-but-suspended coroutine dropped: no 'never awaited' warning, its finally runs on close
class Pause:
    def __await__(self):
        yield


async def suspended():
    try:
        await Pause()
    finally:
        print("suspended finally on collection")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = suspended()
    c.send(None)
    del c
    gc.collect()
print("suspended coroutine warnings:", [str(w.message) for w in caught])

# turning the warning into an error: reported via unraisable hook, not raised
import sys
seen = []
old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    forgotten(5)
    gc.collect()
sys.unraisablehook = old_hook
print("unraisable:", seen)
print("end")
