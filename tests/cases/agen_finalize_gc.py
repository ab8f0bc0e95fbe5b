# Async generators reclaimed by the cycle collector and at interpreter exit (no event loop, no hooks): suspended at a yield or inside an await of a compiled awaitable/coroutine, their finally blocks run when collected.
import gc


class Pause:
    def __await__(self):
        reply = yield "paused"
        return reply


async def inner_coro():
    return await Pause()


async def at_yield(tag, box):
    try:
        yield 1
    finally:
        print(f"  {tag}: finally")


async def in_await(tag, box):
    try:
        await Pause()
        yield 1
    finally:
        print(f"  {tag}: finally")


async def in_coro_await(tag, box):
    try:
        await inner_coro()
        yield 1
    finally:
        print(f"  {tag}: finally")


def start(agen):
    """Send into the generator once; report whether it yielded or suspended in an await."""
    aw = agen.asend(None)
    try:
        out = aw.send(None)
    except StopIteration as e:
        return aw, f"yielded {e.value!r}"
    return aw, f"suspended with {out!r}"


gc.disable()
for fn in (at_yield, in_await, in_coro_await):
    box = []
    ag = fn(fn.__name__ + " in a cycle", box)
    box.append(ag)          # cycle: ag -> its frame's box -> ag
    aw, what = start(ag)
    print(fn.__name__, what)
    del ag, box, aw
    print("  collecting")
    gc.collect()
    print("  collected")

# a cycle that goes through the awaited object itself
class Holder:
    def __await__(self):
        yield "held"

async def through_awaitable(h):
    try:
        await h
        yield 1
    finally:
        print("  through_awaitable: finally")

h = Holder()
ag = through_awaitable(h)
h.ag = ag                   # cycle: ag -> h (awaited) -> ag
aw, what = start(ag)
print("through_awaitable", what)
del ag, h, aw
print("  collecting")
gc.collect()
print("  collected")
gc.enable()

# left suspended in module globals at interpreter exit: the module namespace is garbage
# (the generators' frames refer to it), so the collector finalizes them while print still works
exit_at_yield = at_yield("exit at yield", None)
aw1, what = start(exit_at_yield)
print("exit_at_yield", what)
exit_in_await = in_await("exit in await", None)
aw2, what = start(exit_in_await)
print("exit_in_await", what)
exit_in_coro = in_coro_await("exit in coroutine await", None)
aw3, what = start(exit_in_coro)
print("exit_in_coro", what)
del aw1, aw2, aw3
print("end of module")
