# Generator-based task scheduler with system calls (GetTid/Spawn/Wait), trampolined sub-generators, heapq.merge over genexps.
from collections import deque
import heapq

class SystemCall:
    def handle(self, sched, task):
        raise NotImplementedError

class GetTid(SystemCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)

class Spawn(SystemCall):
    def __init__(self, target):
        self.target = target
    def handle(self, sched, task):
        tid = sched.new(self.target)
        task.sendval = tid
        sched.schedule(task)

class Wait(SystemCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = None
            sched.schedule(task)

class Task:
    _next = 0
    def __init__(self, target):
        Task._next += 1
        self.tid = Task._next
        self.target = target
        self.sendval = None
        self.stack = []
    def run(self):
        while True:
            try:
                result = self.target.send(self.sendval)
                if isinstance(result, SystemCall):
                    return result
                if hasattr(result, "send"):
                    self.stack.append(self.target)
                    self.sendval = None
                    self.target = result
                else:
                    if not self.stack:
                        return result
                    self.sendval = result
                    self.target = self.stack.pop()
            except StopIteration as e:
                if not self.stack:
                    raise
                self.sendval = e.value
                self.target = self.stack.pop()

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tasks = {}
        self.waiting = {}
    def new(self, target):
        t = Task(target)
        self.tasks[t.tid] = t
        self.schedule(t)
        return t.tid
    def schedule(self, t):
        self.ready.append(t)
    def exit(self, t):
        print(f"task {t.tid} exit")
        del self.tasks[t.tid]
        for w in self.waiting.pop(t.tid, []):
            self.schedule(w)
    def mainloop(self):
        while self.tasks:
            t = self.ready.popleft()
            try:
                r = t.run()
                if isinstance(r, SystemCall):
                    r.handle(self, t)
                    continue
            except StopIteration:
                self.exit(t)
                continue
            self.schedule(t)

def add(a, b):
    yield
    return a + b

def child(n):
    tid = yield GetTid()
    for i in range(n):
        print(f"child {tid} step {i}")
        yield
    s = yield add(tid, 100)
    print(f"child {tid} computed {s}")

def parent():
    tid = yield GetTid()
    print("parent tid", tid)
    c1 = yield Spawn(child(2))
    c2 = yield Spawn(child(3))
    yield Wait(c1)
    print("parent: c1 done")
    yield Wait(c2)
    print("parent: c2 done")

s = Scheduler()
s.new(parent())
s.mainloop()

def simulate():
    events = []
    def clock(name, period, count):
        t = 0
        for _ in range(count):
            t += period
            yield t, name
    heap = []
    for g in (clock("fast", 2, 4), clock("slow", 3, 3)):
        for item in g:
            heapq.heappush(heap, item)
    while heap:
        events.append(heapq.heappop(heap))
    return events
print(simulate())
print(list(heapq.merge((x for x in range(0, 10, 3)), (y for y in range(1, 10, 4)))))
