# Generators in iteration protocols: generator __iter__/__reversed__, iter(callable, sentinel), map/filter/zip/itertools.
import itertools
import functools
import operator


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def __reversed__(self):
        for child in reversed(self.children):
            yield from reversed(child)
        yield self.value

    def levels(self):
        level = [self]
        depth = 0
        while level:
            yield depth, [n.value for n in level]
            level = [c for n in level for c in n.children]
            depth += 1


tree = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(tree))
print(list(reversed(tree)))
print(list(tree.levels()))
print(sum(tree), max(tree), 6 in tree, 9 in tree)
print(sorted(tree, reverse=True))
a, b, *rest = tree
print(a, b, rest)
print(dict(zip(tree, reversed(tree))))


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)

    def __len__(self):
        return self.w * self.h

    def __contains__(self, pos):
        x, y = pos
        return 0 <= x < self.w and 0 <= y < self.h


grid = Grid(3, 2)
print(list(grid), len(grid), (2, 1) in grid, (3, 0) in grid)
print(list(enumerate(grid, start=10))[:3])


# A class whose __getitem__ is used by iter() vs a generator __iter__.
class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Legacy()), list(x + 1 for x in Legacy()))

# iter(callable, sentinel) with a generator's __next__ and with a closure.
gen = (c for c in "abc#def")
print(list(iter(gen.__next__, "#")))
print(list(gen))


def make_reader(chunks):
    it = iter(chunks)

    def read():
        return next(it, "")

    return read


print(list(iter(make_reader(["ab", "cd", "", "ef"]), "")))
print(list(iter(functools.partial(next, iter(range(10))), 5)))

# map / filter / zip / enumerate with generators.


def numbers(n):
    for i in range(n):
        yield i


print(list(map(operator.mul, numbers(5), numbers(5))))
print(list(map(lambda a, b, c: a + b + c, numbers(3), "xyz" and numbers(4), (10 * i for i in numbers(9)))))
print(list(filter(lambda v: v % 3, numbers(10))))
print(list(filter(None, (s.strip() for s in [" a ", " ", "b", ""]))))
print(list(zip(numbers(3), numbers(100), "abcdef")))
print(list(enumerate(numbers(3))))
print(list(zip(*((i, i * i) for i in numbers(4)))))

# zip stops pulling when the shortest input ends: observe how far each generator ran.
pulled = []


def pulling(tag, n):
    for i in range(n):
        pulled.append((tag, i))
        yield i


print(list(zip(pulling("long", 10), pulling("short", 2))))
print(pulled)

# itertools with generators.
print(list(itertools.chain(numbers(2), (c for c in "ab"), numbers(1))))
print(list(itertools.chain.from_iterable(numbers(i) for i in range(4))))
print(list(itertools.islice(numbers(100), 5, 20, 4)))
print(list(itertools.takewhile(lambda v: v < 4, numbers(100))))
print(list(itertools.dropwhile(lambda v: v < 7, numbers(10))))
print(list(itertools.accumulate(numbers(6))))
print(list(itertools.accumulate((i for i in range(1, 6)), operator.mul, initial=1)))
print(list(itertools.compress(numbers(6), (i % 2 for i in range(6)))))
print(list(itertools.starmap(pow, ((b, 2) for b in numbers(5)))))
print([(k, list(g)) for k, g in itertools.groupby(w for w in "aaabccdd")])
print([(k, len(list(g))) for k, g in itertools.groupby(numbers(10), key=lambda v: v // 4)])
print(list(itertools.zip_longest(numbers(2), numbers(4), fillvalue="-")))
print(list(itertools.product((c for c in "ab"), numbers(2))))
print(list(itertools.permutations(numbers(3), 2)))
print(list(itertools.combinations((c for c in "abcd"), 3)))
print(list(itertools.pairwise(numbers(5))))
print(list(itertools.filterfalse(lambda v: v % 2, numbers(7))))
left, right = itertools.tee(numbers(4))
print(next(left), next(left), list(right), list(left))
print(functools.reduce(operator.add, numbers(5), 100))
print(functools.reduce(lambda acc, w: acc + w[0], (w for w in ["x", "yy", "zzz"]), ""))
c = itertools.count(5, 3)
print(list(zip(c, numbers(3))), next(c))
print(list(itertools.repeat("r", 3)), list(itertools.islice(itertools.cycle(numbers(3)), 7)))


# A generator-based iterator class implementing __next__ by delegating to a generator.
class Countdown:
    def __init__(self, n):
        self._gen = self._run(n)

    def _run(self, n):
        while n:
            yield n
            n -= 1

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


print(list(Countdown(4)), list(zip(Countdown(3), "ab")))


# Generators as arguments to list.extend, dict.update, set.update, str.join, sorted(key=...).
out = [0]
out.extend(i * 2 for i in range(1, 4))
out += (i for i in [-1, -2])
d = {}
d.update((str(i), i) for i in range(3))
s = set()
s.update(i % 3 for i in range(10))
print(out, d, sorted(s))
ba = bytearray(b"x")
ba.extend(ord(ch) for ch in "yz")
print(ba)


# yield from a custom iterator and from builtins.
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


print(list(flatten([1, [2, (3, [4, 5]), []], 6, ((7,),)])))


def from_many():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from Legacy()
    yield from tree
    yield from Countdown(2)


print(list(from_many()))
