# Infinite recursion through generators raises RecursionError (not a crash), both via yield from and via nested next() calls; the generators stay usable afterwards.
import sys

def down(n):
    yield from down(n + 1)
    yield n

try:
    next(down(0))
except RecursionError as e:
    print("RecursionError via yield from:", str(e).startswith("maximum recursion depth exceeded"))

def nested_next(n):
    yield next(nested_next(n + 1))
try:
    next(nested_next(0))
except RecursionError as e:
    print("RecursionError via next:", str(e).startswith("maximum recursion depth exceeded"))

def list_recursion(n):
    yield list(list_recursion(n + 1))
try:
    list(list_recursion(0))
except RecursionError as e:
    print("RecursionError via list:", str(e).startswith("maximum recursion depth exceeded"))

# after the error, recursion of moderate depth works
def depth(n):
    if n == 0:
        yield 0
        return
    for v in depth(n - 1):
        yield v + 1
print(list(depth(100)))

# a recursive generator that catches RecursionError at some level
def guarded(n):
    try:
        yield from guarded(n + 1)
    except RecursionError:
        yield "caught at some level"
print(next(guarded(0)))
print(sys.getrecursionlimit())
