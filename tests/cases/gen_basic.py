# Generator basics: next(), StopIteration and its value, list()/for/sum over generators, exhausted generators, send on exhausted, generator expressions vs generator functions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done-%d" % n

g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration value:", repr(e.value), e.args)
print(next(g, "default"))
print(list(count(5)))
print(sum(count(10)), max(count(4)), sorted(count(4), reverse=True))
print(tuple(count(0)), list(count(-1)))
for x in count(3):
    print("for", x)
else:
    print("for-else ran")

def no_return():
    yield 1
g = no_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value None:", e.value is None, e.args)

def returns_none_explicit():
    yield 1
    return None
try:
    g = returns_none_explicit()
    next(g)
    next(g)
except StopIteration as e:
    print("explicit None:", e.value, e.args)

def return_tuple():
    yield "a"
    return (1, 2)
g = return_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value:", e.value, e.args)

def return_before_yield(flag):
    if flag:
        return "early"
    yield "never"
g = return_before_yield(True)
try:
    next(g)
except StopIteration as e:
    print("early:", e.value)
print(list(return_before_yield(False)))

# send(None) is next
g = count(3)
print(g.send(None), g.send(None), next(g))
try:
    g.send(None)
except StopIteration as e:
    print("send None at end:", e.value)
try:
    g.send(42)
except StopIteration as e:
    print("send 42 on exhausted:", repr(e.value))
try:
    g.send(None)
except StopIteration as e:
    print("still exhausted:", repr(e.value))

# iter(gen) is gen
g = count(2)
print(iter(g) is g, g.__iter__() is g)
print(g.__next__(), g.__next__())

# a generator can be partially consumed by several loops
g = count(6)
for x in g:
    print("first loop", x)
    if x == 2:
        break
for x in g:
    print("second loop", x)

# empty generator idioms
def empty():
    return
    yield
print(list(empty()))
def empty2():
    yield from ()
print(list(empty2()))

# generator function with arguments of all kinds
def args_gen(a, b=2, *rest, c, d=4, **kw):
    yield a
    yield b
    yield rest
    yield c
    yield d
    yield sorted(kw.items())
print(list(args_gen(1, c=3)))
print(list(args_gen(1, 5, 6, 7, c=8, d=9, z=10, y=11)))
try:
    args_gen()
except TypeError as e:
    print("TypeError:", e)

# calling a generator function runs no code
def noisy():
    print("noisy started")
    yield 1
    print("noisy after 1")
g = noisy()
print("created")
print(next(g))
print(list(g))

# generator expression comparison
ge = (i * i for i in range(4))
print(type(ge).__name__, list(ge), list(ge))

# many yields in straight-line code
def many():
    yield 1; yield 2; yield 3; yield 4; yield 5
    yield 6; yield 7; yield 8; yield 9; yield 10
print(list(many()))

# yield as expression value when using next: None
def echo():
    while True:
        got = yield
        print("got", got)
        if got == "stop":
            return "stopped"
g = echo()
next(g)
next(g)
g.send("x")
try:
    g.send("stop")
except StopIteration as e:
    print(e.value)

# nested generators used simultaneously
a = count(3)
b = count(3)
print([(next(a), next(b)) for _ in range(3)])
print(list(zip(count(4), count(10))))
print(dict(zip(count(3), "abc")))
print(list(enumerate(count(3), 10)))
print(list(map(lambda x: x * 10, count(3))))
print(list(filter(None, count(5))))
print(any(x > 3 for x in count(5)), all(x < 3 for x in count(5)))
print("-".join(str(x) for x in count(5)))
print(3 in count(5), 7 in count(5))
a, b, *c = count(5)
print(a, b, c)
print([*count(2), *count(3)])
print({*count(3)})
def f(*args):
    return args
print(f(*count(4)))
