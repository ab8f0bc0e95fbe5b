# Assigning f.__code__ on compiled functions: copies made with code.replace() (co_flags changed or not) are accepted and reported back, CO_ITERABLE_COROUTINE set and cleared by hand, TypeError for non-code values and deletion, ValueError when the number of free variables differs.
import inspect
import types

CO_ITERABLE_COROUTINE = inspect.CO_ITERABLE_COROUTINE


def add(a, b=2, *args, c, **kw):
    return a + b + c


code = add.__code__
print("introspection:", code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print("same object on each access:", add.__code__ is add.__code__)

# a plain copy
copy = code.replace()
add.__code__ = copy
print("copy installed:", add.__code__ is copy)
print("still works:", add(1, c=3), inspect.signature(add))

# assigning its own code object again
add.__code__ = add.__code__
print("self assignment ok:", add(1, 5, c=1))

# flags changed by hand
flagged = add.__code__.replace(co_flags=add.__code__.co_flags | CO_ITERABLE_COROUTINE)
add.__code__ = flagged
print("flag set:", bool(add.__code__.co_flags & CO_ITERABLE_COROUTINE), add.__code__ is flagged)
print("calls unaffected:", add(10, c=1))
add.__code__ = flagged.replace(co_flags=flagged.co_flags & ~CO_ITERABLE_COROUTINE)
print("flag cleared:", bool(add.__code__.co_flags & CO_ITERABLE_COROUTINE))


# making a generator function awaitable by hand, then undoing it
def gen():
    x = yield "suspended"
    return "got %s" % x


async def awaits():
    return await gen()


def drive():
    c = awaits()
    try:
        print("  ", c.send(None))
        c.send("value")
    except StopIteration as stop:
        print("   result:", stop.value)
    except TypeError as e:
        print("   TypeError:", e)
        c.close()


print("undecorated:")
drive()
original = gen.__code__
gen.__code__ = original.replace(co_flags=original.co_flags | CO_ITERABLE_COROUTINE)
print("flag set by hand:")
drive()
gen.__code__ = original
print("original code restored:")
drive()
print("generator function all along:", inspect.isgeneratorfunction(gen))


# TypeError for non-code values, and for deletion
for bad in [None, 42, "code", add, types.SimpleNamespace(co_flags=0)]:
    try:
        add.__code__ = bad
    except TypeError as e:
        print("assign %s: TypeError: %s" % (type(bad).__name__, e))
try:
    del add.__code__
except TypeError as e:
    print("delete: TypeError:", e)
print("code unchanged after failures:", add(1, c=1), add.__code__.co_name)


# free variables must match in number
def outer():
    x = 1
    y = 2

    def two_free():
        return x + y

    def one_free():
        return x

    def no_free():
        return 0

    return two_free, one_free, no_free


two_free, one_free, no_free = outer()
print("free vars:", two_free.__code__.co_freevars, one_free.__code__.co_freevars, no_free.__code__.co_freevars)
for target, freevars in [(two_free, ("x",)), (one_free, ("x", "y")), (no_free, ("x",)), (one_free, ()), (add, ("p", "q"))]:
    changed = target.__code__.replace(co_freevars=freevars)
    try:
        target.__code__ = changed
        print("accepted?!")
    except ValueError as e:
        print("ValueError:", e)
print("functions still work:", two_free(), one_free(), no_free())

# a closure's own copy is fine
one_free.__code__ = one_free.__code__.replace(co_flags=one_free.__code__.co_flags)
print("closure copy accepted:", one_free(), one_free.__code__.co_freevars)


# methods and lambdas
class K:
    def m(self, n):
        return n * 3


K.m.__code__ = K.m.__code__.replace()
print("method after replace:", K().m(4), K.m.__code__.co_varnames)
sq = lambda v: v * v
sq.__code__ = sq.__code__.replace()
print("lambda after replace:", sq(7), sq.__code__.co_name)
