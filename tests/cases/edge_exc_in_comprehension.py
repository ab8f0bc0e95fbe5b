# Exceptions raised inside comprehensions, lambdas and nested closures, caught outside.
import traceback

def boom(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 2

try:
    r = [boom(i) for i in range(5)]
except ValueError as e:
    print("list comp:", e, type(e).__name__)

try:
    r = {i: boom(i) for i in range(5)}
except ValueError as e:
    print("dict comp:", e)

try:
    r = {boom(i) for i in range(5) if i > 1}
except ValueError as e:
    print("set comp:", e)

f = lambda n: [1 / (n - i) for i in range(n + 1)]
try:
    f(3)
except ZeroDivisionError as e:
    print("lambda comp:", e)
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

def outer():
    k = 10
    def mid():
        def inner(j):
            return [k // (j - m) for m in range(j + 1)]
        return inner
    return mid()

try:
    outer()(2)
except ZeroDivisionError as e:
    print("nested closure:", e)
    print(traceback.format_exc().count("File"))

# exception inside nested comprehension condition
try:
    print([[x for x in range(y) if 10 // (x - 1)] for y in range(4)])
except ZeroDivisionError as e:
    print("nested cond:", e)

# exception partially through: variables not leaked
x = "outer"
try:
    [x for x in range(3) if x < 2 or 1 / 0]
except ZeroDivisionError:
    pass
print("x still", x)

# StopIteration inside comprehension via next()
it = iter([1, 2])
try:
    print([next(it) for _ in range(3)])
except StopIteration as e:
    print("StopIteration escaped", repr(e))

# exception in iterable of comprehension (first iterable evaluated outside)
def bad_iter():
    raise KeyError("iter")
try:
    [i for i in bad_iter()]
except KeyError as e:
    print("bad iter", e)
    print(traceback.format_exc().splitlines()[-3:])

# exception in the second "for" iterable
try:
    [(a, b) for a in range(3) for b in range(10 // (2 - a))]
except ZeroDivisionError as e:
    print("second for", e)

# lambda default evaluated once; raising lambda inside sort key
try:
    sorted([3, 1, 2], key=lambda v: v if v != 2 else {}["k"])
except KeyError as e:
    print("sort key", repr(e))
