# Frames of running generators: sys._getframe() inside a generator, f_back pointing at whoever resumed it (changing between resumptions), f_lineno before start/while suspended, traceback.extract_stack and inspect.stack through generators and yield from.
import inspect
import sys
import traceback

def rel(frame, func):
    return frame.f_lineno - func.__code__.co_firstlineno

def gen():
    f = sys._getframe()
    print("running in", f.f_code.co_name, "called from", f.f_back.f_code.co_name, "line +%d" % rel(f, gen))
    yield f is sys._getframe()
    print("resumed from", f.f_back.f_code.co_name if f.f_back else None)
    yield [fs.name for fs in traceback.extract_stack()][-3:]
    yield [fi.function for fi in inspect.stack()][:3]

def first_caller(g):
    return next(g)
def second_caller(g):
    return next(g)
def drain(g):
    return list(g)

g = gen()
print("unstarted line offset:", rel(g.gi_frame, gen))
print(first_caller(g))
print("suspended line offset:", rel(g.gi_frame, gen), "f_back:", g.gi_frame.f_back)
print(second_caller(g))
print(drain(g))

# yield from: the inner frame's f_back is the outer generator's frame
def inner():
    f = sys._getframe()
    yield f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name
    yield [fs.name for fs in traceback.extract_stack()][-4:]
def outer():
    yield from inner()
def consume():
    return list(outer())
print(consume())

# frame line numbers follow the generator through several yields
def lines():
    yield 1
    yield 2

    yield 3
g = lines()
offsets = []
for _ in g:
    offsets.append(rel(g.gi_frame, lines))
print("yield line offsets:", offsets)

# a traceback captured inside a generator lists the generator frame and its callers
def tb_inside():
    yield 1
    try:
        raise KeyError("inside")
    except KeyError as e:
        yield [(fs.name, fs.lineno - tb_inside.__code__.co_firstlineno) for fs in traceback.extract_tb(e.__traceback__)]
print(list(tb_inside()))

# the exception traceback for an error inside a generator driven by next() from a helper
def failing():
    yield "ok"
    raise RuntimeError("fails on second next")
def helper(it):
    return next(it)
f = failing()
helper(f)
try:
    helper(f)
except RuntimeError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
