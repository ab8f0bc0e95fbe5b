# Generators with cell variables, lambdas, defaults, unboxed numbers across yields, match, gc, finally/break, contexts, module teardown.
import weakref, gc, copy, pickle, sys
# cells in generator frames
def cellgen():
    x = 1
    f = lambda: x * 10
    yield f()
    x = 2
    yield f()
    g = (x + i for i in range(2))
    x = 3
    yield list(g)
    def setx(v):
        nonlocal x
        x = v
    setx(7)
    yield x
    del x
    try:
        yield f()
    except NameError as e:
        yield "NameError: " + str(e)
print(list(cellgen()))
# lambda generator
lg = lambda: (yield 5)
g = lg(); print(next(g)); 
try: g.send("sent")
except StopIteration as e: print("lambda ret", e.value)
# default args
def defaults(a, b=[], *args, c=lambda: 3, **kw):
    b.append(a)
    yield b, args, c(), kw
print(list(defaults(1)), list(defaults(2)), list(defaults(3, [0], 9, c=lambda: 4, k=1)))
# unboxed numerics across yields
def numeric(n):
    total = 0
    fsum = 0.0
    big = 1
    for i in range(n):
        total += i * i
        fsum += i / 3
        big *= 3
        if i % 7 == 0:
            yield i, total, round(fsum, 6), big % 1000007, big.bit_length()
    flag = total > 10
    yield flag, not flag, -total, fsum > 1.5
print(list(numeric(30)))
def float_loop():
    x = 0.5
    while x < 100:
        x = x * 1.5 + 0.25
        yield x
print([round(v, 4) for v in float_loop()])
def intloop():
    i = 0
    j = 2**62
    while i < 5:
        j += j  # overflow into bigints
        yield i, j
        i += 1
print(list(intloop()))
# global statements in generators
counter = 0
def glob():
    global counter
    while counter < 3:
        counter += 1
        yield counter
print(list(glob()), counter)
# yield inside match
def matcher(items):
    for it in items:
        match it:
            case int(n) if n > 0:
                yield "pos", n
            case [a, b]:
                yield "pair", (yield a) , b
            case {"k": v}:
                yield "map", v
            case _:
                yield "other", it
g = matcher([3, [1, 2], {"k": 9}, "s", -1])
print(list(g))
# self-referencing generator cycle gc
class Holder: pass
def cyc(h):
    h.gen = me_ref
    yield 1
h = Holder()
me_ref = None
g = cyc(h); me_ref = g; next(g)
wr = weakref.ref(g)
del g, me_ref
h.gen = None
gc.collect()
print("weakref dead:", wr() is None)
def fin_cycle(log):
    try:
        yield 1
    finally:
        log.append("fin")
log = []
g = fin_cycle(log); next(g)
hh = Holder(); hh.g = g; g2 = g
del g, g2
hh.me = hh
del hh
gc.collect()
print(log)
# pickle / copy
def simple():
    yield 1
for fn in (copy.copy, copy.deepcopy, pickle.dumps):
    try:
        fn(simple())
    except TypeError as e:
        print("TypeError:", e)
# many yields
def many():
    yield 0; yield 1; yield 2; yield 3; yield 4; yield 5; yield 6; yield 7; yield 8; yield 9
    for i in range(3):
        yield 10 + i; yield 20 + i; yield 30 + i
    try:
        yield 100
    except Exception:
        yield 101
    finally:
        yield 102
print(list(many()))
# finally with break/continue across yields
def loops():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield "body", i
        finally:
            yield "finally", i
    else:
        yield "else"
    yield "done"
print(list(loops()))
# return in finally overriding exception
def override():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"
g = override(); next(g)
try: next(g)
except StopIteration as e: print("override", e.value)
# exception context across resumption
def ctx():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        raise ValueError("from handler")
g = ctx(); next(g)
try:
    try:
        raise IndexError("consumer")
    except IndexError:
        next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
# gen with raise from
def rf():
    try:
        yield 1
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    list(rf())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
# genexp in default arg and lambda body
def dflt(x=sum(i for i in range(4)), y=(c for c in "ab")):
    return x, list(y), list(y)
print(dflt(), dflt())
f = lambda seq: tuple(s * 2 for s in seq if s)
print(f([0, 1, 2]))
# genexp inside generator referencing generator locals
def outer(n):
    mult = 2
    for i in range(n):
        yield sum(i * mult + j for j in range(i))
        mult += 1
print(list(outer(5)))
# yield from generator that's already started
def src():
    yield 1; yield 2; yield 3
s = src(); next(s)
def deleg(s):
    yield from s
print(list(deleg(s)))
# yield from iterator that raises StopIteration with value
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration("custom-val")
        return self.i
def deleg2():
    r = yield from It()
    yield r
print(list(deleg2()))
# send to yield from a non-generator iterator
def deleg3():
    yield from iter([1, 2])
g = deleg3(); next(g)
try: g.send(5)
except AttributeError as e: print("AttributeError:", e)
def g(name):
    try:
        yield 1
    finally:
        print("finalizing", name)
a = g("a"); next(a)
b = g("b"); next(b)
class K:
    __secret = 5
    def gen(self):
        yield self.__secret
        yield (self.__secret + i for i in range(2))
k = K()
gg = k.gen()
print(next(gg), list(next(gg)))
def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)
print(list(deep(300)))
def multiline():
    x = yield (
        1
        +
        2
    )
    raise ValueError(
        "multi"
        f"{x}"
    )
m = multiline(); next(m)
import traceback
try:
    m.send(4)
except ValueError as e:
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
import threading
def tgen():
    yield threading.current_thread().name
    yield threading.current_thread().name
tg = tgen()
out = []
t = threading.Thread(target=lambda: out.append(next(tg)), name="worker")
t.start(); t.join()
out.append(next(tg))
print(out)
print("end of module")
