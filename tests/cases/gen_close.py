# Generator close(): runs finally blocks, close on unstarted/finished generators, ignoring GeneratorExit -> RuntimeError, catching GeneratorExit and returning, close raising a different exception, close() return value, repeated close.
import inspect

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in with_finally")

g = with_finally()
print(next(g))
print("close returns:", g.close())
print(inspect.getgeneratorstate(g))
print(list(g))
print("second close:", g.close())

# close on an unstarted generator: body never runs, finally not run
g = with_finally()
print("close unstarted:", g.close())
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("unstarted closed -> StopIteration")

# close on a finished generator
g = with_finally()
print(list(g))
print("close finished:", g.close())

# GeneratorExit can be caught and the generator can return
def catches_exit():
    try:
        yield "a"
    except GeneratorExit as e:
        print("caught GeneratorExit", type(e).__name__, e.args)
        return "ignored return value"
g = catches_exit()
next(g)
print("close after catch-return:", g.close())

# yielding after GeneratorExit -> RuntimeError
def ignores_exit():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring GeneratorExit")
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(inspect.getgeneratorstate(g))
# it's still suspended; can be resumed
print(next(g))
try:
    g.throw(ValueError("end it"))
except ValueError as e:
    print("ended with", e, inspect.getgeneratorstate(g))

# a generator that ignores exit in finally
def yields_in_finally():
    try:
        yield 1
    finally:
        print("finally start")
        yield 2
        print("finally end")
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(list(g))
except GeneratorExit as e:
    print("GeneratorExit re-raised at the end of finally", repr(e))
print(inspect.getgeneratorstate(g))

# close raising another exception: propagates
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
print(inspect.getgeneratorstate(g))

# finally raises during close
def finally_raises():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = finally_raises()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError:", e, "| context:", type(e.__context__).__name__)

# re-raising GeneratorExit explicitly is fine
def reraise_exit():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup then re-raise")
        raise
g = reraise_exit()
next(g)
print("close:", g.close())

# raising StopIteration during close: RuntimeError (PEP 479)
def stop_in_close():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("stop")
g = stop_in_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

# nested try/finally all run, innermost first
def nested():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("inner finally")
        finally:
            print("middle finally")
    finally:
        print("outer finally")
g = nested()
next(g)
g.close()

# finally inside a loop: close exits the loop
def loop_gen():
    for i in range(10):
        try:
            yield i
        finally:
            print("loop finally", i)
g = loop_gen()
print(next(g), next(g))
g.close()

# except Exception does not catch GeneratorExit
def broad_except():
    try:
        yield 1
    except Exception:
        print("should not catch")
    finally:
        print("broad finally")
g = broad_except()
next(g)
g.close()

# close() while running -> ValueError
def closes_self():
    yield gen_ref.close()
gen_ref = closes_self()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError:", e)

# close on generator whose body catches GeneratorExit and a later exception
def cleanup_work():
    resource = ["open"]
    try:
        while True:
            yield resource[0]
    finally:
        resource[0] = "closed"
        print("resource", resource)
g = cleanup_work()
print(next(g), next(g))
del g  # drops the last reference: closes
print("after del")

# close with argument count
g = with_finally()
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)

# generator expression close
ge = (x for x in range(5))
print(next(ge))
ge.close()
print(list(ge))

# return value of close in 3.11 is always None, even when generator returns a value
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return 123
g = returns_on_exit()
next(g)
print(repr(g.close()))
