# Exception context inside generators: throw into except/finally blocks, nested handlers across yields, BaseException via throw, chained tracebacks.
import sys, traceback

def g1():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            yield "in handler"
        except ValueError as e:
            print("ctx of thrown:", repr(e.__context__))
            yield "caught thrown"
        print("still in handler:", repr(sys.exc_info()[1]))
        yield "end handler"

g = g1()
print(next(g))
print(g.throw(ValueError("thrown")))
print(next(g))

def g2():
    try:
        yield 1
    finally:
        try:
            yield "in finally"
        except TypeError as e:
            print("finally ctx:", repr(e.__context__))
            yield "handled in finally"

g = g2()
next(g)
print(g.throw(OSError("os")))
print(g.throw(TypeError("tt")))
try:
    next(g)
except OSError as e:
    print("OSError re-raised after finally", e)

def g3():
    for i in range(3):
        try:
            try:
                yield ("try", i)
                if i == 1:
                    raise ValueError(i)
            finally:
                yield ("inner-finally", i)
                if i == 2:
                    break
        except ValueError as e:
            yield ("except", e.args)
            continue
        finally:
            yield ("outer-finally", i)
    yield "done"

print(list(g3()))

def g4():
    try:
        yield 1
    except Exception:
        raise
    finally:
        print("g4 finally, exc:", repr(sys.exc_info()[1]))

g = g4()
next(g)
try:
    g.throw(IndexError("ix"))
except IndexError as e:
    print("propagated", e, e.__traceback__.tb_next is not None)

def g5():
    try:
        yield "a"
        raise RuntimeError("r1")
    except RuntimeError:
        try:
            yield "b"
            raise LookupError("l1")
        except LookupError as le:
            yield ("ctx", repr(le.__context__))
            raise AttributeError("a1")

g = g5()
print(next(g), next(g), next(g))
try:
    next(g)
except AttributeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
    traceback.print_exc()

def g6():
    while True:
        try:
            x = yield
            print("got", x)
        except GeneratorExit:
            print("g6 closing")
            return
        except BaseException as e:
            print("g6 caught", type(e).__name__)

g = g6(); next(g)
g.send(1)
g.throw(KeyboardInterrupt)
g.throw(SystemExit(3))
g.send(2)
g.close()
print(g.gi_frame)
