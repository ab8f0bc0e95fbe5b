# Builtins consuming generator expressions: sum/min/max/any/all/sorted/tuple/set/dict/join, short-circuits, next().
import inspect

words = ["pear", "apple", "fig", "banana", "kiwi", "cherry"]
nums = [5, -3, 8, 0, 12, -7, 4]

print(sum(n for n in nums))
print(sum((n * n for n in nums), 100))
print(sum(n / 2 for n in nums if n > 0))
print(min(len(w) for w in words), max(len(w) for w in words))
print(min((w for w in words), key=len), max((w for w in words), key=lambda w: w[-1]))
print(min((n for n in nums if n > 100), default="none"))
print(max((n for n in []), default=-1))
try:
    min(n for n in nums if n > 100)
except ValueError as e:
    print("ValueError:", e)
print(sorted(w.upper() for w in words))
print(sorted((w for w in words), key=lambda w: (len(w), w), reverse=True))
print(tuple(n for n in nums if n % 2 == 0))
print(sorted(set(n % 4 for n in nums)))
print(frozenset(abs(n) % 3 for n in nums) == frozenset({0, 1, 2}))
print(dict((w[0], w) for w in words))
print(dict((k, v) for k, v in enumerate("xyz")))
print(", ".join(w for w in words if "a" in w))
print("".join(str(d) for d in range(10)))
print("-".join(c.upper() for c in "generator"))
print(list(reversed(list(c for c in "abc"))))
print(bytes(b + 1 for b in b"HAL"))
print(bytearray(i * 3 for i in range(5)))
print(list(enumerate((c for c in "hey"), 1)))
print(list(zip((i for i in range(10)), "abc")))
print(any(n > 10 for n in nums), all(n > -10 for n in nums))
print(any(n > 100 for n in nums), all(n > 0 for n in nums))
print(any(x for x in []), all(x for x in []))
print(len(list(w for w in words if len(w) > 4)))
print(list(map(str.title, (w for w in words[:3]))))
print(list(filter(None, (n % 3 for n in range(7)))))
print(sorted({w: len(w) for w in (x.lower() for x in ["A", "bb", "A"])}.items()))


# any/all short-circuit and leave the generator suspended; it can be resumed afterwards.
def noisy(values, tag):
    for v in values:
        print(f"  {tag} yields {v}")
        yield v
    print(f"  {tag} exhausted")


g = noisy([1, 2, 30, 4, 50], "g")
print("any:", any(v > 10 for v in g))
print("rest of g:", list(g))

g = noisy([3, 5, -1, 7], "h")
print("all:", all(v > 0 for v in g))
print("next of h:", next(g))

# A genexp over a generator that is abandoned mid-way: closing the genexp does not close
# the inner generator until it is collected, but closing it explicitly does.
closed = []


def tracked(n, name):
    try:
        for i in range(n):
            yield i
    finally:
        closed.append(name)
        print("  finally of", name)


inner = tracked(10, "inner")
ge = (v * 2 for v in inner)
print(any(v > 4 for v in ge))
print("state:", inspect.getgeneratorstate(ge), inspect.getgeneratorstate(inner))
ge.close()
print("after ge.close:", inspect.getgeneratorstate(ge), closed)
inner.close()
print("after inner.close:", inspect.getgeneratorstate(inner), closed)

# Short-circuit in a generator consumed by any(), then the generator is dropped.
print(any(x == 3 for x in tracked(10, "dropped")))
print("closed:", closed)


def find_first():
    return next((w for w in words if w.startswith("b")), None)


print(find_first())
print(next((w for w in words if w.startswith("z")), "no z-word"))
ge = (c for c in "ab")
print(next(ge), next(ge), next(ge, "default"), next(ge, None))
try:
    next(ge)
except StopIteration as e:
    print("StopIteration args:", e.args)

ge = (i * i for i in range(5))
print(list(ge), list(ge), sum(ge))
print(sorted(ge))

# in / not in over genexps consumes up to the match.
ge = (i * i for i in range(10))
print(16 in ge, next(ge))
print(3 in ge, list(ge))

# Unpacking a genexp.
a, b, *rest = (i + 1 for i in range(6))
print(a, b, rest)
print(*(w[:2] for w in words), sep="/")
print([*(i for i in range(3)), *(j for j in "xy")])
print({*(i % 2 for i in range(5))})


def kw(**kwargs):
    return sorted(kwargs.items())


print(kw(**dict((k, i) for i, k in enumerate("cab"))))

# str methods and constructors with genexps
print(" ".join(sorted((w for w in words), key=len)[:3]))
print(list(str(n).zfill(3) for n in nums if n >= 0))
print(tuple(divmod(n, 4) for n in nums))
print(round(sum(1 / (k * k) for k in range(1, 200)), 6))
import math

print(math.prod(i for i in range(1, 8)), math.fsum(0.1 for _ in range(10)))
print(list(sorted((-n for n in nums), reverse=False))[:3])
