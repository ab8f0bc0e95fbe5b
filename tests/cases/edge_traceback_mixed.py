# Tracebacks through exec/eval code, C callers (sorted/map), type()-made classes, recursion, uncaught at the end.
import traceback, sys
def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc())
def via_exec():
    exec("def inner():\n    return 1 / 0\ninner()")
show(via_exec)
def via_eval():
    return eval("[].pop()")
show(via_eval)
def via_sorted():
    return sorted([1, 2, 3], key=lambda v: v / (v - 2))
show(via_sorted)
def via_map():
    return list(map(lambda v: {}[v], [1]))
show(via_map)
def init(self, x):
    self.x = 1 / x
K = type("K", (), {"__init__": init})
def via_class():
    return K(0)
show(via_class)
def via_getattr():
    G = type("G", (), {"__getattr__": lambda self, n: int(n)})
    return G().abc
show(via_getattr)
def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    return rec(n - 1)
show(lambda: rec(3))
def chained():
    try:
        via_exec()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
show(chained)
def nested_def():
    def a():
        def b():
            return undefined_name
        return b()
    return a()
show(nested_def)
rec(2)
