# synchronization primitives with deterministic ordering: Lock, Event, Semaphore, BoundedSemaphore, Condition
import asyncio

log = []


async def locked_worker(lock, name, steps):
    async with lock:
        log.append(f"{name} acquired")
        for _ in range(steps):
            await asyncio.sleep(0)
        log.append(f"{name} releasing")


async def event_waiter(ev, name):
    log.append(f"{name} waiting")
    await ev.wait()
    log.append(f"{name} woke")
    return name


async def sem_worker(sem, name):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    await asyncio.gather(*(locked_worker(lock, n, 2) for n in "ABC"))
    print(log)
    log.clear()

    # explicit acquire/release
    await lock.acquire()
    print("locked?", lock.locked())
    t = asyncio.create_task(locked_worker(lock, "late", 0))
    await asyncio.sleep(0)
    print("late blocked:", log)
    lock.release()
    await t
    print(log)
    log.clear()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Event
    ev = asyncio.Event()
    tasks = [asyncio.create_task(event_waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set(), log)
    ev.set()
    print(await asyncio.gather(*tasks))
    print(log)
    log.clear()
    print(await event_waiter(ev, "already set"))
    ev.clear()
    print("cleared", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("wait timed out")

    # Semaphore limiting concurrency to 2
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(sem_worker(sem, n) for n in "abcd"))
    print(log)
    log.clear()
    print("sem locked?", sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    # Condition: notify one at a time, then all
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got = items.pop(0)
            log.append(f"{name} got {got}")

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify(1)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print(log)
    log.clear()

    async def all_waiter(name):
        async with cond:
            await cond.wait()
            log.append(f"{name} notified")

    ws = [asyncio.create_task(all_waiter(f"n{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(log)
    log.clear()

    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Barrier (3.11)
    barrier = asyncio.Barrier(3)

    async def at_barrier(name):
        log.append(f"{name} arrives")
        idx = await barrier.wait()
        log.append(f"{name} passes")
        return idx

    print(sorted(await asyncio.gather(*(at_barrier(n) for n in "xyz"))))
    print(log)


asyncio.run(main())
