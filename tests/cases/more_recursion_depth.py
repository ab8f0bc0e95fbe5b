# The recursion limit counts the same frames as CPython: the depth reached before
# RecursionError, the traceback length, and the uncaught RecursionError's collapsed traceback.
import sys
import traceback
sys.setrecursionlimit(80)
reached = 0
def down(n):
    global reached
    reached = n
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("reached", reached, "traceback entries", len(traceback.extract_tb(e.__traceback__)))
def via_lambda(n):
    f = lambda k: via_lambda(k + 1)
    return f(n)
try:
    via_lambda(0)
except RecursionError as e:
    names = [fr.name for fr in traceback.extract_tb(e.__traceback__)]
    print("mutual", len(names), names.count("<lambda>"), names.count("via_lambda"))
def countdown(n):
    if n == 0:
        return "bottom"
    return countdown(n - 1)
for n in (60, 70, 74, 75, 76, 77, 78, 79):
    try:
        print(n, countdown(n))
    except RecursionError:
        print(n, "RecursionError")
def main():
    down(0)
main()
