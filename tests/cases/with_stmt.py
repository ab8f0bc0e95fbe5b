# with: several items, suppression by __exit__, exceptions, return/break/continue through with.
import contextlib
def make_cm(name, suppress=False):
    def enter(self):
        print("enter", name)
        return name.upper()
    def exit_(self, typ, val, tb):
        print("exit", name, typ.__name__ if typ else None, val)
        return suppress
    return type("CM", (), {"__enter__": enter, "__exit__": exit_})()
with make_cm("a") as a, make_cm("b") as b:
    print("body", a, b)
with make_cm("s", suppress=True):
    raise KeyError("suppressed")
print("after suppress")
with contextlib.suppress(KeyError):
    {}["missing"]
    print("not reached")
def f():
    with make_cm("r"):
        return "returned"
print(f())
try:
    with make_cm("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
for i in range(3):
    with make_cm(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
import os
with open(os.devnull) as fh:
    print(repr(fh.read()))
print(fh.closed)
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback ran")
    print("in stack")
