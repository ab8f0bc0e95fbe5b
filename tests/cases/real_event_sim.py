# A discrete-event simulation of a small coffee shop: a heapq-based event queue with
# (time, seq, kind, data) entries, a seeded random.Random for arrivals and service times,
# baristas as a pool of free slots, a FIFO deque of waiting customers, and statistics
# (mean wait, max queue length, utilisation) printed with a per-minute timeline.
import heapq
import random
import statistics
from collections import deque

rng = random.Random(20240601)
BARISTAS = 2
CLOSE_AT = 60.0
MENU = {"espresso": (1.0, 2.0), "latte": (2.5, 4.0), "pour-over": (4.0, 6.0)}

events = []
seq = 0


def schedule(time, kind, data=None):
    global seq
    seq += 1
    heapq.heappush(events, (round(time, 3), seq, kind, data))


t = 0.0
cid = 0
while True:
    t += rng.expovariate(1 / 2.2)
    if t >= CLOSE_AT:
        break
    cid += 1
    drink = rng.choices(list(MENU), weights=[5, 3, 1])[0]
    schedule(t, "arrive", {"id": cid, "drink": drink})

free = BARISTAS
waiting = deque()
waits, busy_time, max_queue, served = [], 0.0, 0, 0
log = []
by_drink = {}


def start_service(now, customer):
    global free, busy_time
    free -= 1
    lo, hi = MENU[customer["drink"]]
    duration = rng.uniform(lo, hi)
    busy_time += duration
    waits.append(now - customer["arrived"])
    schedule(now + duration, "done", customer)


while events:
    now, _, kind, cust = heapq.heappop(events)
    if kind == "arrive":
        cust["arrived"] = now
        if free:
            start_service(now, cust)
        else:
            waiting.append(cust)
            max_queue = max(max_queue, len(waiting))
    elif kind == "done":
        free += 1
        served += 1
        by_drink[cust["drink"]] = by_drink.get(cust["drink"], 0) + 1
        log.append((now, cust["id"], cust["drink"]))
        if waiting:
            start_service(now, waiting.popleft())

print(f"customers: {cid}, served: {served}")
print(f"mean wait: {statistics.mean(waits):.2f} min, median: {statistics.median(waits):.2f}, "
      f"max: {max(waits):.2f}, stdev: {statistics.pstdev(waits):.2f}")
print(f"max queue: {max_queue}, utilisation: {busy_time / (BARISTAS * log[-1][0]):.1%}")
print("by drink:", dict(sorted(by_drink.items())))
print("first five served:")
for when, who, drink in log[:5]:
    print(f"  t={when:6.2f} #{who:<3} {drink}")
timeline = [0] * 7
for when, _, _ in log:
    timeline[min(int(when // 10), 6)] += 1
for i, n in enumerate(timeline):
    print(f"  {i * 10:>2}-{i * 10 + 9:<2} {'*' * n}")
sample = sorted(rng.sample(range(100), 5))
print("sample:", sample, "shuffle:", (lambda xs: (rng.shuffle(xs), xs)[1])(list("abcde")),
      "gauss:", round(rng.gauss(0, 1), 4), "randint:", rng.randint(1, 6))
print("quantiles:", [round(q, 2) for q in statistics.quantiles(waits, n=4)])
