# Classes and threads: a Thread subclass overriding run(), a lock-protected counter class,
# threading.local subclasses, and a worker pool class joined deterministically.
import queue
import threading


class SafeCounter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def add(self, n):
        with self._lock:
            self.value += n


class Adder(threading.Thread):
    def __init__(self, counter, times, name):
        super().__init__(name=name)
        self.counter = counter
        self.times = times
        self.done = False

    def run(self):
        for _ in range(self.times):
            self.counter.add(1)
        self.done = True


counter = SafeCounter()
threads = [Adder(counter, 2000, f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.value, [t.done for t in threads], [t.name for t in threads], threads[0].is_alive())


class Context(threading.local):
    def __init__(self, default):
        super().__init__()
        self.stack = [default]

    def push(self, v):
        self.stack.append(v)

    def top(self):
        return self.stack[-1]


ctx = Context("main")
results = {}


def worker(tag):
    ctx.push(tag)
    results[tag] = list(ctx.stack)


ts = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()), ctx.stack, ctx.top())


class Task:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        if self.n == 3:
            raise ValueError(f"task {self.n} failed")
        return self.n * self.n


class Pool:
    def __init__(self, size):
        self.jobs = queue.Queue()
        self.results = {}
        self.errors = {}
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self._loop, name=f"w{i}") for i in range(size)]
        for w in self.workers:
            w.start()

    def _loop(self):
        while True:
            item = self.jobs.get()
            if item is None:
                self.jobs.task_done()
                return
            key, task = item
            try:
                value = task()
                with self.lock:
                    self.results[key] = value
            except Exception as e:
                with self.lock:
                    self.errors[key] = f"{type(e).__name__}: {e}"
            finally:
                self.jobs.task_done()

    def submit(self, key, task):
        self.jobs.put((key, task))

    def close(self):
        for _ in self.workers:
            self.jobs.put(None)
        for w in self.workers:
            w.join()
        return dict(sorted(self.results.items())), self.errors


pool = Pool(3)
for i in range(6):
    pool.submit(i, Task(i))
print(pool.close())


class Event2(threading.Event):
    def set_with_note(self, note):
        self.note = note
        self.set()


ev = Event2()
t = threading.Thread(target=ev.set_with_note, args=("from thread",))
t.start()
print(ev.wait(5), ev.note)
t.join()
