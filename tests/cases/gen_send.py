# Generator send(): values delivered to yield expressions, send before start errors, send(None) at start, running averages/coroutine-style generators, send after exhaustion, send argument count errors.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None, total stays", total)
            continue
        total += value

g = accumulator()
print(g.send(None))
print(g.send(5))
print(g.send(10))
print(next(g))
print(g.send(-3))

# sending a non-None value to a just-started generator
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
# the generator is still startable after the failed send
print(next(g), g.send(7))

g = accumulator()
for bad in (0, "", [], False):
    try:
        g.send(bad)
    except TypeError as e:
        print("TypeError for", repr(bad), ":", e)

def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        term = yield avg
        if term == "end":
            return (count, avg)
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
try:
    a.send("end")
except StopIteration as e:
    print("final", e.value)

# yield returns whatever was sent, including objects
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo received", received)

e = echo()
print(next(e))
print(e.send([1, 2]))
print(e.send({"k": "v"}))
print(e.send(None))
print(e.send(echo.__name__))
e.close()

# send wrong number of args
g = accumulator()
next(g)
try:
    g.send()
except TypeError as ex:
    print("TypeError:", ex)
try:
    g.send(1, 2)
except TypeError as ex:
    print("TypeError:", ex)
print(g.send(4))

# send on exhausted generator
def once():
    x = yield 1
    print("once got", x)
g = once()
print(next(g))
try:
    g.send("hello")
except StopIteration as ex:
    print("StopIteration", ex.value)
try:
    g.send("again")
except StopIteration as ex:
    print("StopIteration again", ex.value)

# send into a generator where yield value is used in expressions
def calc():
    x = yield "give x"
    y = yield "give y"
    op = yield "give op"
    if op == "+":
        return x + y
    elif op == "*":
        return x * y
    return None

def run_calc(x, y, op):
    c = calc()
    print(next(c))
    print(c.send(x))
    print(c.send(y))
    try:
        c.send(op)
    except StopIteration as ex:
        return ex.value

print(run_calc(3, 4, "+"), run_calc(3, 4, "*"), run_calc(3, 4, "?"))

# send through a generator used as a state machine (parser)
def parser():
    tokens = []
    while True:
        ch = yield
        if ch == ";":
            print("statement:", "".join(tokens))
            tokens = []
        elif ch is None:
            break
        else:
            tokens.append(ch)
    return "parser finished"

p = parser()
next(p)
for ch in "ab;cde;;f;":
    p.send(ch)
try:
    p.send(None)
except StopIteration as ex:
    print(ex.value)

# values sent are independent per generator
g1 = accumulator(); g2 = accumulator()
next(g1); next(g2)
print(g1.send(1), g2.send(100), g1.send(2), g2.send(200))

# send as a bound method stored away
g = accumulator()
send = g.send
print(send(None), send(3), send(4))
print(type(send).__name__)

# send with a generator expression (always yields the loop value, ignores sent value)
ge = (x for x in range(3))
print(next(ge), ge.send("ignored"), ge.send(None))
try:
    ge2 = (x for x in range(3))
    ge2.send(1)
except TypeError as ex:
    print("genexp TypeError:", ex)
