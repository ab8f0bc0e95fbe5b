# with/try/except/finally around yield: throw, close, ignored GeneratorExit, break out of for, contextmanager, PEP 479, yield in finally.
import contextlib

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

def gen():
    with Resource("r1") as r:
        try:
            yield 1
            yield 2
        except ValueError:
            print("ValueError in gen")
            yield 99
        finally:
            print("finally in gen")
    print("after with")
    yield 3

print(list(gen()))
g = gen()
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(next(g))
print(next(g, "exhausted"))

g = gen()
next(g)
g.close()
print("closed")

g = gen()
next(g)
try:
    g.throw(TypeError("tt"))
except TypeError as e:
    print("propagated", e)

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raising_in_loop():
    for i in range(5):
        if i == 3:
            raise KeyError(i)
        yield i

try:
    for v in raising_in_loop():
        print("v", v)
except KeyError as e:
    print("KeyError", e)

def consumer_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup after", i)

for x in consumer_break():
    if x == 2:
        break
print("after break")

@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag.upper()
    except ZeroDivisionError as e:
        print("handled", e)
    finally:
        print("teardown", tag)

with managed("a") as v:
    print("body", v)
with managed("b") as v:
    1 / 0
try:
    with managed("c"):
        raise IndexError("ix")
except IndexError as e:
    print("outer caught", e)

def stop_in_gen():
    yield 1
    raise StopIteration("oops")

try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def nested_try():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
            yield "from-finally"
    finally:
        print("outer finally")

print(list(nested_try()))
g = nested_try()
next(g)
print(g.throw(OSError("os")))
try:
    next(g)
except OSError as e:
    print("os propagated", e)

with contextlib.closing(consumer_break()) as cg:
    for y in cg:
        if y == 1:
            break
print("end")
