# A worker pool with threading and queue.Queue: producers enqueue jobs, workers compute
# results under a Lock-protected shared tally, sentinel shutdown, an Event, a Condition-based
# barrier of sorts, a thread-local, exception capture from workers, and deterministic joined
# output (results are sorted before printing).
import queue
import threading

NUM_WORKERS = 4
jobs = queue.Queue()
results = queue.Queue()
tally_lock = threading.Lock()
tally = {"done": 0, "failed": 0, "by_worker": {}}
local = threading.local()
started = threading.Event()


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def worker(name):
    local.name = name
    local.count = 0
    started.set()
    while True:
        job = jobs.get()
        try:
            if job is None:
                return
            kind, value = job
            if kind == "collatz":
                if value <= 0:
                    raise ValueError(f"bad start {value}")
                out = collatz_steps(value)
            elif kind == "square":
                out = value * value
            else:
                raise KeyError(kind)
            results.put((kind, value, out))
            local.count += 1
            with tally_lock:
                tally["done"] += 1
                tally["by_worker"][local.name] = local.count
        except Exception as e:
            with tally_lock:
                tally["failed"] += 1
            results.put((job[0], job[1], f"{type(e).__name__}: {e}"))
        finally:
            jobs.task_done()


threads = [threading.Thread(target=worker, args=(f"w{i}",), name=f"worker-{i}") for i in range(NUM_WORKERS)]
for t in threads:
    t.start()
started.wait(timeout=10)

for n in [27, 97, 871, 6171, -3, 1, 7]:
    jobs.put(("collatz", n))
for n in range(1, 6):
    jobs.put(("square", n))
jobs.put(("cube", 3))
jobs.join()
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join(timeout=30)

collected = []
while not results.empty():
    collected.append(results.get_nowait())
for kind, value, out in sorted(collected, key=lambda r: (r[0], r[1])):
    print(f"{kind:<8}{value:>6} -> {out}")
print("done:", tally["done"], "failed:", tally["failed"])
print("per-worker counts sum:", sum(tally["by_worker"].values()) <= tally["done"])
print("all stopped:", not any([t.is_alive() for t in threads]), sorted([t.name for t in threads]))

# A shared counter hammered by several threads: the lock keeps it exact.
counter = [0]
lock = threading.Lock()


def bump(times):
    for _ in range(times):
        with lock:
            counter[0] += 1


hammer = [threading.Thread(target=bump, args=(5000,)) for _ in range(8)]
for t in hammer:
    t.start()
for t in hammer:
    t.join()
print("counter:", counter[0])

# Condition: consumers wait until the producer signals items are ready.
cond = threading.Condition()
ready = []
seen = []


def consumer(tag):
    with cond:
        cond.wait_for(lambda: len(ready) >= 3, timeout=10)
        seen.append((tag, tuple(ready)))


cons = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in cons:
    t.start()
for item in "abc":
    with cond:
        ready.append(item)
        cond.notify_all()
for t in cons:
    t.join()
print("consumers saw:", sorted(seen))
print("main thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread())

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i, word in enumerate(["delta", "alpha", "charlie"]):
    lq.put(word)
    pq.put((len(word), i, word))
print("lifo:", [lq.get() for _ in range(3)], "priority:", [pq.get()[2] for _ in range(3)])
try:
    queue.Queue(maxsize=1).get(timeout=0.01)
except queue.Empty:
    print("queue.Empty raised")
