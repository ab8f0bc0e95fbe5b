# Infinite generators: fibonacci, prime sieves, collatz, islice/takewhile, composition and cleanup of abandoned generators.
import itertools


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    """Incremental sieve of Eratosthenes (dictionary of composites)."""
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def genexp_primes():
    """A sieve of stacked filtering generator expressions (each prime adds a filter)."""

    def sieve(numbers):
        p = next(numbers)
        yield p
        yield from sieve(n for n in numbers if n % p)

    return sieve(itertools.count(2))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


def naturals(start=0):
    while True:
        yield start
        start += 1


def take(n, it):
    return list(itertools.islice(it, n))


print(take(15, fibonacci()))
print(take(20, primes()))
print(take(12, genexp_primes()))
print(list(itertools.takewhile(lambda f: f < 1000, fibonacci())))
print(next(f for f in fibonacci() if f > 10**20))
print(len(str(next(itertools.islice(fibonacci(), 1000, None)))))
print(sum(itertools.takewhile(lambda p: p < 2000, primes())))
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
print(max(range(1, 300), key=lambda n: sum(1 for _ in collatz(n))))
print(take(5, (p for p in primes() if p % 10 == 3)))
print(take(6, zip(naturals(), fibonacci(), primes())))
print(take(5, map(lambda p: p * p, primes())))

# Generator expressions over infinite generators, chained.
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
big = (s for s in squares if s > 50)
print(take(4, big), next(evens))

# Twin primes from pairwise over an infinite generator.
twins = ((a, b) for a, b in itertools.pairwise(primes()) if b - a == 2)
print(take(8, twins))


# Generators receiving values: a running maximum that can be reset by send().
def running_max():
    best = None
    while True:
        value = yield best
        if value == "reset":
            best = None
        elif best is None or value > best:
            best = value


rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, "reset", 2, 6]])


# Round-robin scheduler of infinite tasks.
def task(name, step):
    count = 0
    while True:
        count += step
        yield f"{name}{count}"


def round_robin(*tasks, rounds):
    queue = list(tasks)
    for _ in range(rounds):
        t = queue.pop(0)
        yield next(t)
        queue.append(t)


print(list(round_robin(task("a", 1), task("b", 10), task("c", 100), rounds=10)))

# Cleanup: an abandoned infinite generator gets GeneratorExit when dropped or closed.
events = []


def watched(name):
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        events.append(f"{name} exit at {n}")
        raise
    finally:
        events.append(f"{name} finally")


w = watched("w1")
print(take(3, w))
w.close()
print(events)
events.clear()
print(take(2, watched("w2")))
print(events)
events.clear()
for v in watched("w3"):
    if v == 4:
        break
print(events)
events.clear()
print(next(x for x in watched("w4") if x > 2))
print(events)


# A generator that ignores GeneratorExit is an error on close().
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring GeneratorExit")
        yield 2
    print("  stubborn finishing")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "finished"))


# Returning from inside the loop on close is fine.
def polite():
    try:
        while True:
            yield
    except GeneratorExit:
        print("  polite exit")
        return "ignored value"


pg = polite()
next(pg)
print(pg.close())

# Cycle / repeat / count combos.
print(take(7, zip(itertools.cycle("ab"), naturals(1))))
print(take(5, (a * b for a, b in zip(naturals(1), naturals(1)))))
print([sum(1 for _ in itertools.islice(primes(), k)) for k in (0, 1, 5)])
