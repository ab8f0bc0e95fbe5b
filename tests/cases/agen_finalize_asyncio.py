# Finalization of async generators under asyncio.run: dropped suspended generators are closed through the loop's finalizer hook, live ones by shutdown_asyncgens after main returns; finally blocks that await; errors during closing go to the loop's exception handler.
import asyncio
import gc


async def ticker(name, log):
    i = 0
    try:
        while True:
            yield i
            i += 1
            await asyncio.sleep(0)
    finally:
        log.append(f"{name} finally at {i}")
        print(f"  {name}: finally at {i}")


async def slow_cleanup(name):
    try:
        yield 1
        yield 2
    finally:
        print(f"  {name}: cleanup start")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(f"  {name}: cleanup done")


async def bad_cleanup():
    try:
        yield 1
    finally:
        print("  bad_cleanup: raising")
        raise ValueError("cleanup failed")


async def never_started():
    print("  never_started body (not printed)")
    yield


async def consume_some(agen, n):
    async for v in agen:
        if v >= n:
            break
    return v


def handler(loop, context):
    msg = context["message"].split(" <")[0]
    exc = context.get("exception")
    print("  handler:", msg, "|", type(exc).__name__, exc,
          "|", context["asyncgen"].__name__ if "asyncgen" in context else "-")


kept = []


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    hooks = __import__("sys").get_asyncgen_hooks()
    print("firstiter is the loop's:", hooks.firstiter == loop._asyncgen_firstiter_hook)
    print("finalizer is the loop's:", hooks.finalizer == loop._asyncgen_finalizer_hook)

    log = []
    # 1. break out of async for, then drop the last reference: closed by the finalizer hook,
    #    which schedules aclose() on the loop
    ag = ticker("dropped", log)
    async for v in ag:
        if v == 2:
            break
    print("broke out at", v, "log:", log)
    del ag
    print("after del, log:", log)
    await asyncio.sleep(0)
    print("after one sleep, log:", log)
    await asyncio.sleep(0)
    print("after two sleeps, log:", log)

    # 2. a helper coroutine iterates a generator it created and returns early
    print("consumed:", await consume_some(ticker("helper", log), 3))
    for _ in range(3):
        await asyncio.sleep(0)
    print("log:", log)

    # 3. a dropped generator whose finally awaits
    sc = slow_cleanup("slow")
    await anext(sc)
    del sc
    for i in range(4):
        print(" tick", i)
        await asyncio.sleep(0)

    # 4. a generator that was never iterated does not go through the hooks
    ns = never_started()
    del ns
    await asyncio.sleep(0)

    # 5. finally raising during finalization -> loop exception handler
    bc = bad_cleanup()
    await anext(bc)
    del bc
    for _ in range(3):
        await asyncio.sleep(0)

    # 6. generators still alive when main returns: a local one is dropped when main's frame
    #    finishes (finalizer hook), one kept elsewhere is closed by shutdown_asyncgens (only one
    #    per asyncio.run: shutdown_asyncgens closes them in weak-set order)
    live = ticker("live-local", log)
    await anext(live)
    sc2 = slow_cleanup("slow-live")
    await anext(sc2)
    kept.append(sc2)
    # a generator that was garbage: in a reference cycle
    cyc = [ticker("cycle", log)]
    cyc.append(cyc)
    await anext(cyc[0])
    del cyc
    gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)
    print("main returning; log:", log)
    return "main result"


async def main2():
    asyncio.get_running_loop().set_exception_handler(handler)
    bc2 = bad_cleanup()
    await anext(bc2)
    kept.append(bc2)
    print("main2 returning")


async def main3():
    log = []
    g3 = ticker("live-global", log)
    await anext(g3)
    await anext(g3)
    kept.append(g3)
    print("main3 returning")


print(asyncio.run(main()))
print("asyncio.run returned")
asyncio.run(main2())
print("asyncio.run(main2()) returned")
asyncio.run(main3())
print("asyncio.run(main3()) returned")
for g in kept:
    print(g.__name__, "closed:", g.ag_frame is None)
