# RecursionError recovery, lowered recursion limits, mutual recursion, recursion inside handlers.
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth(0)
d2 = depth(0)
print(d1 == d2, d1 > 500)
sys.setrecursionlimit(200)
def count(n):
    return count(n + 1) if n < 10 ** 6 else n
try:
    count(0)
except RecursionError as e:
    print("RecursionError:", e)
d3 = depth(0)
print(d3 < 200, d3 > 150)
sys.setrecursionlimit(1000)
def mutual_a(n):
    return mutual_b(n - 1) if n else "done"
def mutual_b(n):
    return mutual_a(n - 1) if n else "done"
print(mutual_a(800))
try:
    mutual_a(5000)
except RecursionError as e:
    print("RecursionError:", e)
def recover(n):
    if n == 0:
        return 0
    try:
        return recover(n - 1) + 1
    except RecursionError:
        return -10 ** 6
r = recover(2000)
print(r < 0)
def in_except(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n > 0:
            return in_except(n - 1)
        return sys.exc_info()[1]
print(repr(in_except(100)))
lam = lambda n: lam(n + 1)
try:
    lam(0)
except RecursionError as e:
    print("lambda:", e)
def rec_repr():
    l = []
    l.append(l)
    d = {}
    d["self"] = d
    return repr(l), repr(d)
print(rec_repr())
