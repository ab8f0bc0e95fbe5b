# Handled-exception state (sys.exc_info) across calls, bare raise in helpers, "as" name
# cleanup with cells/globals, tracebacks of re-raised exceptions.
import sys, traceback

def current():
    return repr(sys.exc_info()[1])

def reraiser():
    raise

def handler_calls():
    try:
        raise ValueError("outer")
    except ValueError:
        print("helper sees", current())
        try:
            reraiser()
        except ValueError as e:
            print("helper re-raised", repr(e))
        print("still", current())
    print("after", current())
handler_calls()

try:
    reraiser()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_from_handler():
    try:
        raise KeyError("k")
    except KeyError:
        return current()
try:
    raise IndexError("caller's")
except IndexError:
    print(returns_from_handler(), "then", current())
print("top", current())

def finally_sees():
    try:
        raise TypeError("t")
    finally:
        print("in finally", current())
try:
    finally_sees()
except TypeError:
    pass

def cell_as_name():
    try:
        raise ValueError("cap")
    except ValueError as e:
        f = lambda: e
        print("inside", repr(f()))
    try:
        f()
    except NameError as err:
        print(type(err).__name__, err)
cell_as_name()

def global_as_name():
    global GE
    GE = "before"
    try:
        raise ValueError
    except ValueError as GE:
        pass
    return "GE" in globals()
print("GE exists:", global_as_name())

def del_in_handler():
    try:
        raise ValueError
    except ValueError as e:
        del e
    return "ok"
print(del_in_handler())

def rebind_in_handler():
    try:
        raise ValueError
    except ValueError as e:
        e = 5
    try:
        return e
    except UnboundLocalError as u:
        return str(u)
print(rebind_in_handler())

def tb_names(e):
    names = []
    tb = e.__traceback__
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names

def lvl3():
    raise LookupError("deep")
def lvl2():
    lvl3()
def lvl1():
    try:
        lvl2()
    except LookupError as e:
        raise e
def lvl1_bare():
    try:
        lvl2()
    except LookupError:
        raise
def lvl1_with_tb():
    try:
        lvl2()
    except LookupError as e:
        raise e.with_traceback(None)

for fn in (lvl1, lvl1_bare, lvl1_with_tb):
    try:
        fn()
    except LookupError as e:
        print(fn.__name__, tb_names(e))

# exception object reused: traceback accumulates
saved = ValueError("reused")
def thrower():
    raise saved
for i in range(2):
    try:
        thrower()
    except ValueError as e:
        print("reuse", i, len(tb_names(e)))

# traceback.print_exc to stdout with chained exceptions
def chained():
    try:
        {}["missing"]
    except KeyError:
        int("not a number")
try:
    chained()
except ValueError:
    traceback.print_exc(file=sys.stdout)

# exception in a multi-line call: reported line
def multi():
    return dict(
        a=1,
        b=1 / 0,
    )
try:
    multi()
except ZeroDivisionError as e:
    print("multi-line", tb_names(e))

# sys.exc_info inside nested except/finally
def nested_state():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            pass
        finally:
            print("finally inside except:", current())
        try:
            raise KeyError("k")
        except KeyError:
            pass
        finally:
            print("after inner except:", current())
nested_state()

# exception raised in else clause is not caught by the same try's excepts
def else_raise():
    try:
        pass
    except ValueError:
        return "caught in except (wrong)"
    else:
        raise ValueError("from else")
try:
    else_raise()
except ValueError as e:
    print("else raised:", e, repr(e.__context__))

# exception raised in except clause: context is the handled one, and finally still runs
def except_raise():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
    finally:
        print("finally runs;", current())
try:
    except_raise()
except ValueError as e:
    print(repr(e), repr(e.__context__))
