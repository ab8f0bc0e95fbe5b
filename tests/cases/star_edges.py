# except* edge cases: exception state restored for an enclosing except, finally inside a handler, sys.exception() in generators with except*, await/yield in clause type expressions, many clauses, bare raise from a nested function, metadata (__traceback__, __context__, notes on leaves) changed inside a handler, repr of groups made by except*, printed rests.
import asyncio
import sys
import traceback


def show(e):
    traceback.print_exception(e, file=sys.stdout)


# the exception being handled by an enclosing except is restored after except*
def restore():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            print("inside except*:", repr(sys.exception()))
        print("after except*:", repr(sys.exception()))
        try:
            raise
        except KeyError as e:
            print("bare raise re-raised", repr(e))


restore()


def handler_uses_name_in_finally():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        try:
            raise TypeError("x")
        finally:
            print("finally in handler sees", type(e).__name__, repr(sys.exception()))


try:
    handler_uses_name_in_finally()
except Exception as ex:
    print("got", repr(ex), "context", repr(ex.__context__))


# sys.exception() in a generator suspended inside except* handlers
def gen_state():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        yield sys.exception()
    except* KeyError:
        yield sys.exception()
    yield sys.exception()


for x in gen_state():
    print("generator state:", repr(x), "| caller state:", sys.exception())


# await in a clause type expression
async def clause_await():
    async def get():
        await asyncio.sleep(0)
        return ValueError
    try:
        raise ValueError("x")
    except* (await get()) as eg:
        print("await in clause type:", repr(eg))


asyncio.run(clause_await())


# yield in a clause type expression
def yield_type():
    try:
        raise ValueError("y")
    except* (yield "need a type") as eg:
        yield repr(eg)


gy = yield_type()
print(next(gy))
print(gy.send(ValueError))
gy.close()


# many clauses; each leaf goes to the first clause that matches it
def many(eg):
    out = []
    try:
        raise eg
    except* ZeroDivisionError:
        out.append(1)
    except* OverflowError:
        out.append(2)
    except* FloatingPointError:
        out.append(3)
    except* IndexError:
        out.append(4)
    except* KeyError:
        out.append(5)
    except* UnicodeError:
        out.append(6)
    except* ValueError:
        out.append(7)
    except* OSError:
        out.append(8)
    except* Exception:
        out.append(9)
    return out


print(many(ExceptionGroup("m", [OSError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError(), KeyError(), RuntimeError(), ZeroDivisionError()])))
print(many(ValueError("naked")))


# repr: the naked-exception wrapper holds a tuple, split parts a list
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapper repr:", repr(eg), "args:", type(eg.args[1]).__name__)
try:
    raise ExceptionGroup("listed", (ValueError(1), KeyError(2)))
except* ValueError as eg:
    print("split part repr:", repr(eg))
except* KeyError as eg:
    print("other split part repr:", repr(eg))


# a bare raise inside a function called from the handler: the group gains a frame, so it
# counts as a newly raised exception, not as a re-raise
def reraiser():
    raise


def nested_bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        reraiser()


try:
    nested_bare()
except Exception as e:
    print(repr(e))
    show(e)


# notes added to leaves inside a handler stay on the (shared) leaf objects
def leaf_note():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        eg.exceptions[0].add_note("leaf note")
        raise


try:
    leaf_note()
except Exception as e:
    print(repr(e), e.exceptions[0].__notes__)
    show(e)


# changing the clause group's traceback or context before a bare raise
def tb_cleared():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        eg.__traceback__ = None
        raise


try:
    tb_cleared()
except Exception as e:
    print("traceback cleared:", repr(e))
    show(e)


def context_cleared():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        eg.__context__ = None
        raise


try:
    context_cleared()
except Exception as e:
    print("context cleared:", repr(e))


def context_added():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        eg.__context__ = OSError("added")
        raise


try:
    context_added()
except Exception as e:
    print("context added:", repr(e), repr(e.exceptions[0].__context__))


# a bare raise of a different exception inside a handler
def raise_in_handler_with_context():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            1 / 0
        except ZeroDivisionError:
            raise


try:
    raise_in_handler_with_context()
except Exception as e:
    print("ZeroDivisionError:", repr(e), "context", repr(e.__context__))


# a rest leaving an except* that sits inside an except handler
def star_in_except_handler():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        except* ValueError:
            pass


try:
    star_in_except_handler()
except Exception as e:
    print("rest context:", repr(e), repr(e.__context__), e.__suppress_context__)
    show(e)


# a group thrown into a generator and re-raised by its except*
def gen_star():
    try:
        yield
    except* ValueError:
        raise


g = gen_star()
next(g)
try:
    g.throw(ExceptionGroup("thrown", [ValueError(3)]))
except Exception as e:
    print("throw re-raised", repr(e))
    show(e)
