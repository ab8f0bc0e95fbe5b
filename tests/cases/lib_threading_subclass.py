# threading with compiled classes: Thread subclasses overriding run() (results collected,
# join, deterministic ordering via Events/Barrier/Queue), Thread(target=bound method),
# Lock/RLock/Condition guarding instance state, thread-local subclass, exceptions in
# threads reported through a custom threading.excepthook, Timer-free handoff.
import queue
import threading


class Worker(threading.Thread):
    def __init__(self, ident, jobs, results):
        super().__init__(name="worker-%d" % ident)
        self.ident_no = ident
        self.jobs = jobs
        self.results = results
        self.done = 0

    def run(self):
        while True:
            job = self.jobs.get()
            if job is None:
                self.jobs.task_done()
                break
            self.results.put((job, job * job, self.name))
            self.done += 1
            self.jobs.task_done()


jobs, results = queue.Queue(), queue.Queue()
workers = [Worker(i, jobs, results) for i in range(3)]
for w in workers:
    w.start()
for j in range(1, 11):
    jobs.put(j)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
collected = []
while not results.empty():
    collected.append(results.get())
print(sorted([(j, sq) for j, sq, _ in collected]))
print(sum([w.done for w in workers]), [w.is_alive() for w in workers], sorted([w.name for w in workers]))


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add_many(self, n):
        for _ in range(n):
            with self.lock:
                self.value += 1


counter = Counter()
ts = [threading.Thread(target=counter.add_many, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter.value)


class PingPong:
    def __init__(self, rounds):
        self.rounds = rounds
        self.cond = threading.Condition()
        self.turn = "ping"
        self.log = []

    def play(self, me, other):
        for i in range(self.rounds):
            with self.cond:
                while self.turn != me:
                    self.cond.wait()
                self.log.append("%s%d" % (me, i))
                self.turn = other
                self.cond.notify_all()


pp = PingPong(4)
a = threading.Thread(target=pp.play, args=("ping", "pong"))
b = threading.Thread(target=pp.play, args=("pong", "ping"))
b.start()
a.start()
a.join()
b.join()
print(pp.log)


class Stage(threading.Thread):
    order = []
    order_lock = threading.Lock()

    def __init__(self, idx, wait_for, signal):
        super().__init__()
        self.idx, self.wait_for, self.signal = idx, wait_for, signal

    def run(self):
        if self.wait_for is not None:
            self.wait_for.wait()
        with Stage.order_lock:
            Stage.order.append(self.idx)
        self.signal.set()


events = [threading.Event() for _ in range(5)]
stages = [Stage(i, events[i - 1] if i else None, events[i]) for i in range(5)]
for st in reversed(stages):
    st.start()
for st in stages:
    st.join()
print("stages", Stage.order)


class Ctx(threading.local):
    def __init__(self, label):
        self.label = label
        self.items = []


ctx = Ctx("main")
ctx.items.append("m")
seen = {}


def peek(key):
    ctx.items.append(key)
    seen[key] = (ctx.label, list(ctx.items))


th = [threading.Thread(target=peek, args=(k,)) for k in ("t1", "t2")]
for t in th:
    t.start()
    t.join()
print(sorted(seen.items()), ctx.items)

hook_log = []
threading.excepthook = lambda args: hook_log.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


class Crasher(threading.Thread):
    def run(self):
        raise ValueError("thread %s failed" % self.name)


cr = Crasher(name="crasher")
cr.start()
cr.join()
print(hook_log)
rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentered", threading.current_thread().name, threading.active_count())
