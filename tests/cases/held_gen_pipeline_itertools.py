# Generator pipelines and genexps fed through itertools and builtins (islice, tee, groupby, zip_longest, max/min/sorted/sum).
import itertools

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        idx = line.find('#')
        if idx >= 0:
            line = line[:idx]
        line = line.strip()
        if line:
            yield line

def parse(lines):
    for n, line in enumerate(lines, 1):
        key, _, value = line.partition('=')
        yield n, key.strip(), value.strip()

TEXT = """
# config
name = heron   # compiler
version = 1.0
 
mode=fast
empty =
"""

for item in parse(strip_comments(read_lines(TEXT))):
    print(item)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
print(list(itertools.dropwhile(lambda x: x < 100, itertools.islice(fib(), 15))))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(6)])
print(sum(itertools.islice((x * x for x in fib()), 10)))
a, b = itertools.tee(x for x in range(5))
print(list(zip(a, b)))
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
for k, grp in itertools.groupby((w for w in "aaabbcddd")):
    print(k, sum(1 for _ in grp))
print(list(itertools.accumulate(x for x in range(1, 6))))
print(list(itertools.compress((c for c in "abcdef"), (i % 2 for i in range(6)))))
print(list(itertools.starmap(pow, ((i, 2) for i in range(5)))))
print(list(itertools.zip_longest((i for i in range(3)), (c for c in "abcde"), fillvalue='-')))
print(list(itertools.pairwise(x for x in "abcd")))
print(max((len(w), w) for w in "the quick brown fox jumps".split()))
print(min((w for w in "the quick brown fox".split()), key=len))
print(sorted((x % 7 for x in range(20)), reverse=True))
print(any(x > 10 for x in range(12)), all(x < 10 for x in range(12)))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(set(x % 3 for x in range(10)))
print(tuple(reversed([x for x in range(5)])))
print(" ".join(str(x) for x in range(5)))
