# Recursive generators: unbounded recursion raises RecursionError, deep but bounded yield-from chains work.
import sys
def r():
    yield from r()
try:
    next(r())
except RecursionError as e:
    print("RecursionError:", e)
def r2(n):
    yield n
    for x in r2(n + 1):
        yield x
g = r2(0)
try:
    for v in g:
        pass
except RecursionError as e:
    print("RecursionError:", str(e)[:40], v > 100)
def fine(n):
    if n:
        yield from fine(n - 1)
    yield n
print(sum(fine(400)))
