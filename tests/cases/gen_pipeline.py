# A realistic data pipeline of chained generators (log parsing, filtering, grouping, windowing), with itertools (islice, chain, tee, groupby, accumulate, takewhile, dropwhile, zip_longest, count, cycle) and zip/map/filter over compiled generators, including early termination.
import itertools

LOG = """\
2024-01-01 10:00:01 INFO  auth user=alice action=login
2024-01-01 10:00:05 WARN  disk usage=81
2024-01-01 10:01:10 INFO  auth user=bob action=login
2024-01-01 10:02:00 ERROR db code=500 msg=timeout
# comment line
2024-01-01 10:03:30 INFO  auth user=alice action=logout

2024-01-01 10:04:00 ERROR db code=503 msg=unavailable
2024-01-01 10:05:00 INFO  auth user=carol action=login
2024-01-01 10:06:00 WARN  disk usage=93
2024-01-01 10:07:00 INFO  auth user=bob action=logout
"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        date, time, level, source, *rest = line.split()
        fields = dict(kv.split("=", 1) for kv in rest)
        yield {"time": time, "level": level, "source": source, **fields}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def pipeline():
    return parse(strip_comments(read_lines(LOG)))

for r in only("ERROR", pipeline()):
    print(r["time"], r["source"], r["code"], r["msg"])

# grouping with itertools.groupby over a sorted generator
by_level = sorted(pipeline(), key=lambda r: r["level"])
for level, group in itertools.groupby(by_level, key=lambda r: r["level"]):
    print(level, [r["time"] for r in group])

# sessions: pair login/logout per user with a stateful generator
def sessions(records):
    open_sessions = {}
    for r in records:
        if r["source"] != "auth":
            continue
        user = r["user"]
        if r["action"] == "login":
            open_sessions[user] = r["time"]
        else:
            yield user, open_sessions.pop(user), r["time"]
    for user in sorted(open_sessions):
        yield user, open_sessions[user], None
print(list(sessions(pipeline())))

# islice stops early: the upstream generators are not consumed further
def traced(name, it):
    for x in it:
        print("  %s produced %r" % (name, x))
        yield x
first_two = list(itertools.islice(traced("numbers", itertools.count(1)), 2))
print("islice:", first_two)
print(list(itertools.islice(pipeline(), 1, 6, 2)))

# chain of generators
def letters():
    yield from "ab"
def numbers():
    yield from range(2)
print(list(itertools.chain(letters(), numbers(), letters())))
print(list(itertools.chain.from_iterable(map(lambda n: (i for i in range(n)), range(4)))))

# tee: two independent iterators over one generator
a, b = itertools.tee(traced("source", iter([1, 2, 3])))
print("a0", next(a))
print("b all", list(b))
print("a rest", list(a))

# zip of generators stops at the shortest; zip_longest fills
def squares(n):
    for i in range(n):
        yield i * i
def cubes(n):
    for i in range(n):
        yield i ** 3
print(list(zip(squares(5), cubes(3), letters())))
print(list(itertools.zip_longest(squares(3), cubes(1), fillvalue="-")))

# zip stops consuming: the generator after the shortest one is not advanced past it
def shout(tag, n):
    for i in range(n):
        print("  %s yields %d" % (tag, i))
        yield i
print(list(zip(shout("long", 5), shout("short", 2))))

# accumulate, takewhile, dropwhile, cycle, starmap, compress, filterfalse
print(list(itertools.accumulate(squares(6))))
print(list(itertools.takewhile(lambda x: x < 10, squares(10))))
print(list(itertools.dropwhile(lambda x: x < 10, squares(6))))
print(list(itertools.islice(itertools.cycle(letters()), 5)))
print(list(itertools.starmap(pow, zip(numbers(), numbers()))))
print(list(itertools.compress(letters(), [0, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, squares(6))))
print(list(itertools.pairwise(squares(5))))
print(list(itertools.product(letters(), numbers())))

# windowing generator with a deque
from collections import deque
def window(it, n):
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
print(list(window(squares(6), 3)))

# moving average pipeline with send-based stage
def moving_average(n):
    values = deque(maxlen=n)
    avg = None
    while True:
        x = yield avg
        values.append(x)
        avg = sum(values) / len(values)
ma = moving_average(3)
next(ma)
print([round(ma.send(v), 3) for v in [3, 6, 9, 12, 1]])

# disk usage alerts through a map/filter chain
usages = map(lambda r: int(r["usage"]), filter(lambda r: r["source"] == "disk", pipeline()))
print("disk alerts:", [u for u in usages if u > 90])

# enumerate and sorted on generators, max with key
print(list(enumerate(letters(), start=1)))
print(max(pipeline(), key=lambda r: r["time"])["time"])
print(sorted({r["user"] for r in pipeline() if "user" in r}))

# batching generator
def batched(it, size):
    it = iter(it)
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        yield batch
print(list(batched(squares(7), 3)))
print([len(b) for b in batched(pipeline(), 4)])

# early exit of a long pipeline closes each stage (finally runs in order)
def stage(name, it):
    try:
        for x in it:
            yield x
    finally:
        print("  stage", name, "closed")
p = stage("outer", stage("middle", stage("inner", itertools.count())))
for x in p:
    if x == 2:
        break
p.close()
print("pipeline closed")
