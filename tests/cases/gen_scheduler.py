# A cooperative round-robin scheduler built on generators: tasks yield system calls (sleep, spawn, wait, send messages), the scheduler sends results back, throws cancellations into tasks and collects return values; exercises send/throw/close/yield from together.
from collections import deque

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
class Spawn:
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name
class Wait:
    def __init__(self, tid):
        self.tid = tid
class Recv:
    pass
class Send:
    def __init__(self, tid, msg):
        self.tid = tid
        self.msg = msg
class Cancelled(Exception):
    pass

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tasks = {}
        self.names = {}
        self.results = {}
        self.waiters = {}
        self.mailboxes = {}
        self.receivers = {}
        self.next_id = 1
        self.tick = 0

    def spawn(self, gen, name):
        tid = self.next_id
        self.next_id += 1
        self.tasks[tid] = gen
        self.names[tid] = name
        self.mailboxes[tid] = deque()
        self.ready.append((tid, None, None))
        return tid

    def cancel(self, tid):
        if tid in self.tasks:
            self.ready.append((tid, None, Cancelled("cancelled at tick %d" % self.tick)))

    def finish(self, tid, result):
        print("[%d] %s finished -> %r" % (self.tick, self.names[tid], result))
        del self.tasks[tid]
        self.results[tid] = result
        for waiter in self.waiters.pop(tid, []):
            self.ready.append((waiter, result, None))

    def step(self, tid, value, exc):
        gen = self.tasks[tid]
        try:
            if exc is not None:
                request = gen.throw(exc)
            else:
                request = gen.send(value)
        except StopIteration as e:
            self.finish(tid, e.value)
            return
        except Cancelled as e:
            self.finish(tid, "cancelled: " + str(e))
            return
        except Exception as e:
            self.finish(tid, "crashed: %s: %s" % (type(e).__name__, e))
            return
        if isinstance(request, Sleep):
            self.sleeping.append((self.tick + request.ticks, tid))
        elif isinstance(request, Spawn):
            child = self.spawn(request.gen, request.name)
            self.ready.append((tid, child, None))
        elif isinstance(request, Wait):
            if request.tid in self.results:
                self.ready.append((tid, self.results[request.tid], None))
            else:
                self.waiters.setdefault(request.tid, []).append(tid)
        elif isinstance(request, Recv):
            box = self.mailboxes[tid]
            if box:
                self.ready.append((tid, box.popleft(), None))
            else:
                self.receivers[tid] = True
        elif isinstance(request, Send):
            if self.receivers.pop(request.tid, False):
                self.ready.append((request.tid, request.msg, None))
            else:
                self.mailboxes[request.tid].append(request.msg)
            self.ready.append((tid, None, None))
        else:
            self.ready.append((tid, None, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(t for t, _ in self.sleeping)
            due = sorted(s for s in self.sleeping if s[0] <= self.tick)
            for s in due:
                self.sleeping.remove(s)
                self.ready.append((s[1], None, None))
            for _ in range(len(self.ready)):
                tid, value, exc = self.ready.popleft()
                if tid in self.tasks:
                    self.step(tid, value, exc)
            self.tick += 1
        for tid in sorted(self.tasks):
            print("closing stuck task", self.names[tid])
            self.tasks[tid].close()

def log(name, msg):
    print("    %s: %s" % (name, msg))

def counter(name, n, delay):
    total = 0
    for i in range(n):
        log(name, "count %d" % i)
        total += i
        yield Sleep(delay)
    return total

def sub_work(name, depth):
    if depth == 0:
        yield Sleep(1)
        return 1
    a = yield from sub_work(name, depth - 1)
    b = yield from sub_work(name, depth - 1)
    return a + b

def parent(name):
    log(name, "spawning children")
    c1 = yield Spawn(counter("child-a", 3, 1), "child-a")
    c2 = yield Spawn(counter("child-b", 2, 2), "child-b")
    r1 = yield Wait(c1)
    log(name, "child-a returned %r" % r1)
    r2 = yield Wait(c2)
    log(name, "child-b returned %r" % r2)
    leaves = yield from sub_work(name, 3)
    log(name, "sub_work leaves %d" % leaves)
    return r1 + r2 + leaves

def pinger(name, peer_ref, rounds):
    for i in range(rounds):
        yield Send(peer_ref[0], "ping %d" % i)
        reply = yield Recv()
        log(name, "got " + reply)
    yield Send(peer_ref[0], None)
    return "pinger done"

def ponger(name):
    count = 0
    while True:
        msg = yield Recv()
        if msg is None:
            return count
        count += 1
        yield Send(pinger_id, msg.replace("ping", "pong"))

def victim(name):
    try:
        while True:
            log(name, "working")
            yield Sleep(1)
    finally:
        log(name, "cleanup in finally")

def canceller(name, target):
    yield Sleep(3)
    log(name, "cancelling task %d" % target)
    sched.cancel(target)
    return "cancel sent"

def crasher(name):
    yield
    yield
    raise ValueError("task blew up")

def stuck(name):
    try:
        yield Wait(999)
    finally:
        log(name, "closed while waiting")

sched = Scheduler()
sched.spawn(parent("parent"), "parent")
peer = [None]
pinger_id = sched.spawn(pinger("pinger", peer, 3), "pinger")
peer[0] = sched.spawn(ponger("ponger"), "ponger")
v = sched.spawn(victim("victim"), "victim")
sched.spawn(canceller("canceller", v), "canceller")
sched.spawn(crasher("crasher"), "crasher")
sched.spawn(stuck("stuck"), "stuck")
sched.run()
print("results:")
for tid in sorted(sched.results):
    print("  %d %-9s %r" % (tid, sched.names[tid], sched.results[tid]))
print("final tick", sched.tick)
