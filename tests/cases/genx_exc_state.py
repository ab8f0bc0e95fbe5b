# Exception state in generators: bare raise after resumption, sys.exc_info per frame, except/else/finally with yields, throw of BaseExceptions.
import sys
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        yield "in except"
        raise
def drive():
    g = reraiser()
    next(g)
    try:
        raise ValueError("consumer side")
    except ValueError:
        try:
            next(g)
        except KeyError as e:
            print("re-raised", repr(e), "context", repr(e.__context__))
    print(sys.exc_info())
drive()
def handler_state():
    try:
        raise TypeError("t")
    except TypeError as e:
        yield sys.exc_info()[1]
        try:
            raise IndexError("i")
        except IndexError:
            yield sys.exc_info()[1]
        yield sys.exc_info()[1]
        print("e still", repr(e))
    yield sys.exc_info()[1]
    try:
        e
    except NameError as ne:
        yield "e unbound: " + str(ne)
print([repr(x) for x in handler_state()])
def loop_except():
    for i in range(6):
        try:
            if i % 2:
                raise ValueError(i)
            yield "ok", i
        except ValueError as e:
            yield "err", e.args[0]
            if i == 3:
                continue
            yield "after err", i
        else:
            yield "else", i
        finally:
            yield "fin", i
print(list(loop_except()))
def nested_finally():
    try:
        try:
            yield 1
        finally:
            yield 2
            raise KeyError("in finally")
    except KeyError as e:
        yield "caught " + str(e)
    finally:
        yield "outer finally"
print(list(nested_finally()))
g = nested_finally(); next(g)
print(g.throw(ValueError("thrown")))
print(list(g))
def exc_group_free():
    try:
        yield 1
    except BaseException as e:
        yield type(e).__name__
        raise
g = exc_group_free(); next(g)
print(g.throw(GeneratorExit))
try:
    next(g)
except GeneratorExit:
    print("GeneratorExit propagated")
g = exc_group_free(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = exc_group_free(); next(g)
print(g.throw(KeyboardInterrupt))
try: next(g)
except KeyboardInterrupt: print("KeyboardInterrupt propagated")
