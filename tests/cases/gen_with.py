# yield inside with blocks: __enter__/__exit__ ordering across suspensions, exceptions thrown into a with block, __exit__ suppressing, close() and finalization running __exit__, multiple context managers, with inside loops.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

def simple():
    with CM("a") as v:
        yield v
        yield v + "!"
    yield "after with"

for x in simple():
    print("got", x)

# thrown exception reaches __exit__
g = simple()
print(next(g))
try:
    g.throw(ValueError("thrown into with"))
except ValueError as e:
    print("propagated:", e)

# suppressing __exit__: execution continues after the with block
def suppressing():
    with CM("s", suppress=True):
        yield "inside"
        print("not reached after throw")
    yield "after suppressed"
    yield "end"
g = suppressing()
print(next(g))
print(g.throw(KeyError("swallowed")))
print(list(g))

# exception raised in the body after resumption
def raises_inside():
    with CM("r", suppress=True):
        x = yield "waiting"
        print("1 /", x, "=", 1 / x)
    yield "continued"
g = raises_inside()
print(next(g))
print(g.send(0))
g = raises_inside()
next(g)
print(g.send(4))

# close() runs __exit__ with GeneratorExit
g = simple()
next(g)
g.close()
print("closed")

# suppressing __exit__ swallows GeneratorExit: the generator yields again -> RuntimeError
g = suppressing()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()

# finalization runs __exit__
g = simple()
next(g)
del g
print("deleted")

# several managers in one with statement; exits in reverse order
def multi():
    with CM("m1") as a, CM("m2") as b, CM("m3") as c:
        yield a + b + c
g = multi()
print(next(g))
try:
    g.throw(IndexError("multi"))
except IndexError as e:
    print("IndexError:", e)

# middle manager suppresses
def multi_suppress():
    with CM("o1"), CM("o2", suppress=True), CM("o3"):
        yield 1
    yield 2
g = multi_suppress()
print(next(g), g.throw(TypeError("t")))

# with inside a loop, yield between iterations
def with_loop():
    for i in range(3):
        with CM("loop%d" % i) as name:
            if i == 1:
                continue
            yield name
    yield "loop done"
print(list(with_loop()))

# return from inside with, the StopIteration value survives __exit__
def ret_in_with():
    with CM("ret"):
        yield 1
        return "from with"
g = ret_in_with()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

# __exit__ raising replaces the exception
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed (had %s)" % (a[0].__name__ if a[0] else None))
def bad_exit():
    with BadExit():
        yield 1
g = bad_exit()
next(g)
try:
    g.throw(KeyError("k"))
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
g = bad_exit()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

# context manager implemented by a generator-based class method, nested in generator
class Recorder:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *exc):
        self.log.append("exit:" + (exc[0].__name__ if exc[0] else "ok"))
        return False

def nested_with():
    r = Recorder()
    with r:
        with CM("inner"):
            yield r.log[:]
        yield r.log[:]
    yield r.log[:]
print(list(nested_with()))

# with statement whose __enter__ yields the value of a yield expression
def enter_from_send():
    with CM((yield "name?")) as n:
        yield "entered " + n
g = enter_from_send()
print(next(g))
print(g.send("sent"))
print(next(g, "finished"))

# async-style: yield inside the with header expressions and the body combined
def header_yield():
    with CM("h1") as a, CM((yield "second name?")) as b:
        got = yield a + "+" + b
        print("body got", got)
g = header_yield()
print(next(g))
print(g.send("h2"))
print(next(g, "done"))
