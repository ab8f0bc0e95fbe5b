# yield inside try/except/else/finally in every position, return inside finally, break/continue in loops with yield inside try, nested handlers, exceptions raised after resumption.
def in_try_body():
    try:
        yield "try-1"
        yield "try-2"
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"
print(list(in_try_body()))
g = in_try_body()
print(next(g), g.throw(ValueError), next(g), next(g, "end"), next(g, "end"))

def in_handler():
    for exc in (KeyError, IndexError, None):
        try:
            if exc:
                raise exc("x")
            yield "no error"
        except KeyError as e:
            yield "handler KeyError " + repr(e)
            yield "still in handler"
        except IndexError:
            yield "handler IndexError"
        else:
            yield "else branch"
        finally:
            yield "finally for " + (exc.__name__ if exc else "None")
print(list(in_handler()))

# exception variable is cleared after the handler even across yields
def exc_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as e:
        yield str(e)
    try:
        e
    except NameError as ne:
        yield "NameError: " + str(ne)
print(list(exc_var_cleared()))

# return inside finally overrides the exception and the return value
def return_in_finally():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return "finally return"
g = return_in_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

def return_overrides_return():
    try:
        yield 1
        return "try return"
    finally:
        yield "in finally"
        return "finally return"
g = return_overrides_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

# finally swallows the thrown exception via return
def swallow_thrown():
    try:
        yield "waiting"
    finally:
        return "swallowed"
g = swallow_thrown()
next(g)
try:
    g.throw(OSError("os"))
except StopIteration as e:
    print("thrown swallowed:", e.value)

# break and continue inside try/finally with yields
def loop_control():
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            yield "body %d" % i
        finally:
            yield "finally %d" % i
    yield "loop ended"
print(list(loop_control()))

def while_loop():
    i = 0
    while True:
        i += 1
        try:
            try:
                if i % 2:
                    yield "odd %d" % i
                    continue
                if i > 5:
                    yield "break at %d" % i
                    break
                yield "even %d" % i
            finally:
                yield "inner fin %d" % i
        except Exception:
            yield "never"
        else:
            yield "else %d" % i
    yield "done"
print(list(while_loop()))

# yield inside except* is not allowed to break; nested try in handler
def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            yield "caught " + str(e)
            raise TypeError("from handler")
    except TypeError as e:
        yield "outer caught %s, context %r" % (e, e.__context__)
    finally:
        yield "outer finally"
print(list(nested_handlers()))

# exception raised after resumption is handled by a handler active at the yield
def after_resume():
    try:
        x = yield "give"
        yield 10 // x
    except ZeroDivisionError as e:
        yield "ZeroDivisionError: " + str(e)
g = after_resume()
print(next(g), g.send(0))
g = after_resume()
print(next(g), g.send(2))

# bare raise after a yield inside the handler re-raises the handled exception
def bare_raise():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler"
        raise
g = bare_raise()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised:", repr(e))

# yield in finally during exception propagation, then exception continues
def finally_during_exc():
    try:
        yield "start"
        raise IndexError("propagating")
    finally:
        yield "finally while propagating"
        print("finally resumes")
g = finally_during_exc()
print(next(g), next(g))
try:
    next(g)
except IndexError as e:
    print("IndexError continued:", e)

# try/finally in a generator with a return value; finally sees locals
def locals_in_finally():
    acc = []
    try:
        for i in range(3):
            acc.append(i)
            yield i
        return acc
    finally:
        acc.append("fin")
        print("finally acc", acc)
g = locals_in_finally()
try:
    while True:
        next(g)
except StopIteration as e:
    print("returned", e.value)

# many nested finally blocks unwinding on a thrown exception
def deep():
    try:
        try:
            try:
                yield 0
            finally:
                yield "f3"
        finally:
            yield "f2"
    finally:
        yield "f1"
g = deep()
print(next(g), g.throw(RuntimeError("r")), next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError after all finally blocks:", e)

# except with a tuple and a yield inside the else of a for loop
def for_else():
    for i in range(2):
        yield i
    else:
        try:
            yield "else start"
            {}["missing"]
        except (KeyError, IndexError) as e:
            yield "for-else caught " + repr(e)
print(list(for_else()))

# try/except around a yield from expression
def sub():
    yield "sub1"
    raise ValueError("sub failed")
def around_yf():
    try:
        yield from sub()
    except ValueError as e:
        yield "caught from sub: " + str(e)
    finally:
        yield "around finally"
print(list(around_yf()))
