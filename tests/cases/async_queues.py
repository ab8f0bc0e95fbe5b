# queues: producer/consumer with Queue, join/task_done, maxsize back-pressure, PriorityQueue, LifoQueue
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put((name, it))
        print(f"{name} put {it} (size {q.qsize()})")
    print(f"{name} done")


async def consumer(q, name, out):
    while True:
        src, item = await q.get()
        try:
            if item is None:
                print(f"{name} got sentinel from {src}")
                return
            out.append((name, src, item))
            await asyncio.sleep(0)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    out = []
    c = asyncio.create_task(consumer(q, "C", out))
    await producer(q, "P", [1, 2, 3, 4, 5])
    await q.join()
    print("joined", out)
    await q.put(("P", None))
    await c

    # two consumers sharing the work
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(q, f"C{i}", out)) for i in range(2)]
    for i in range(6):
        q.put_nowait(("main", i))
    await q.join()
    print(sorted(out))
    print("counts", sorted((n, sum(1 for o in out if o[0] == n)) for n in ("C0", "C1")))
    for _ in consumers:
        q.put_nowait(("main", None))
    await asyncio.gather(*consumers)

    # nowait errors
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())

    # task_done too many times
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # PriorityQueue
    pq = asyncio.PriorityQueue()
    for p, v in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
        await pq.put((p, v))
    res = []
    while not pq.empty():
        res.append(await pq.get())
    print("priority", res)

    # LifoQueue
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print("lifo", [lq.get_nowait() for _ in range(4)])

    # a getter blocked on an empty queue wakes when an item arrives
    q = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("putting late")
        await q.put("late item")

    t = asyncio.create_task(late_put())
    print("waiting for get")
    print("got", await q.get())
    await t

    # get with a timeout on an empty queue
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", q.empty())


asyncio.run(main())
