# Generator finalization: dropping a suspended generator runs its finally/except GeneratorExit, unstarted and finished generators finalize silently, reference cycles collected by gc.collect(), errors during finalization go to sys.unraisablehook.
import gc
import sys

def unraisable(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "| msg:", u.err_msg,
          "| object:", type(u.object).__name__, getattr(u.object, "__qualname__", None))
sys.unraisablehook = unraisable

def res(name):
    print("open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("close", name)

g = res("a")
print(next(g))
print("dropping a")
del g
print("dropped a")

# rebinding the only reference
g = res("b")
print(next(g))
g = res("c")
print("rebound to c")
print(next(g))
g = None
print("c released")

# unstarted: nothing printed
g = res("never")
del g
print("unstarted dropped")

# finished: nothing more printed
g = res("done")
print(list(g))
del g
print("finished dropped")

# generator dropped at the end of a function that used it partially
def first_of(gen):
    for x in gen:
        return x
print(first_of(res("partial")))
print("after first_of")

# break out of a for loop over a temporary generator
for x in res("loop"):
    print("loop got", x)
    break
print("after break")
x = None

# generator in a reference cycle: only collected by gc
class Holder:
    pass
def cyclic(h):
    try:
        yield 1
    finally:
        print("cyclic finally, holder tag", h.tag)
h = Holder()
h.tag = "cycle-1"
h.gen = cyclic(h)
next(h.gen)
del h
print("before collect")
gc.collect()
print("after collect")

# generator that references itself through its own locals
def selfref():
    me = yield
    try:
        yield "got me"
    finally:
        print("selfref finally", me is not None)
g = selfref()
next(g)
print(g.send(g))
del g
gc.collect()
print("selfref collected")

# except GeneratorExit runs on finalization
def catches():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit during finalization")
        raise
g = catches()
next(g)
del g

# exception raised while finalizing -> unraisable hook
def bad_finally():
    try:
        yield
    finally:
        raise ValueError("error in finally")
g = bad_finally()
next(g)
del g
print("after bad_finally")

# yield during finalization -> unraisable RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn refuses")
    yield 2
g = stubborn()
next(g)
del g
print("after stubborn")

# finalization order for several generators in a list: a list releases its items last to first
gens = [res("L%d" % i) for i in range(3)]
for gg in gens:
    next(gg)
gg = None
del gens
print("list dropped")

# nested generators: dropping the outer finalizes outer, which drops the inner
def outer():
    inner = res("inner")
    try:
        yield next(inner)
        yield next(inner)
    finally:
        print("outer finally")
g = outer()
print(next(g))
del g
print("nested dropped")

# yield from: closing the delegating generator closes the delegate first
def delegating():
    try:
        yield from res("delegate")
    finally:
        print("delegating finally")
g = delegating()
print(next(g))
del g
print("delegation dropped")

# local variables of a suspended generator are released on finalization
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Noisy.__del__", self.name)
def holds_noisy():
    n = Noisy("local")
    yield 1
    print("never resumed", n.name)
g = holds_noisy()
next(g)
print("dropping holder")
del g
print("holder dropped")

# a generator's locals released when it finishes
def finishes_noisy():
    n = Noisy("finishing")
    yield n.name
g = finishes_noisy()
print(list(g))
print("finished, generator still referenced")
del g
print("end")
