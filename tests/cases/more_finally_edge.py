# Edge cases: continue/break in finally discarding a pending return or exception, handler state
# restored after nested handlers, `except ... as` on globals and nonlocals, exceptions raised
# while another is being handled inside finally.
import sys
def continue_discards_return():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "loop ended"
print(continue_discards_return())
def break_discards_exception():
    log = []
    while True:
        try:
            try:
                raise ValueError("inner")
            finally:
                log.append("inner finally")
        finally:
            log.append("outer finally")
            break
    return log, sys.exc_info()[0]
print(break_discards_exception())
def return_in_finally_inside_loop():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                return "returned at %d" % i
print(return_in_finally_inside_loop())
def nested_handler_state():
    out = []
    try:
        raise KeyError("outer")
    except KeyError:
        out.append(repr(sys.exc_info()[1]))
        try:
            raise ValueError("inner")
        except ValueError:
            out.append(repr(sys.exc_info()[1]))
        out.append(repr(sys.exc_info()[1]))
        try:
            raise TypeError("swallowed in finally")
        except TypeError:
            pass
        finally:
            out.append(repr(sys.exc_info()[1]))
    out.append(repr(sys.exc_info()[1]))
    return out
print(nested_handler_state())
err = "global err"
def uses_global_name():
    global err
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
uses_global_name()
print("err" in globals())
def nonlocal_except_name():
    e = "before"
    def inner():
        nonlocal e
        try:
            1 / 0
        except ZeroDivisionError as e:
            pass
    inner()
    try:
        return e
    except NameError as ne:
        return "NameError: " + str(ne)
print(nonlocal_except_name())
def except_name_in_nested_closure():
    try:
        raise RuntimeError("captured")
    except RuntimeError as exc:
        get = lambda: exc
        saved = get()
    try:
        get()
    except NameError as ne:
        return str(saved), "NameError: " + str(ne)
print(except_name_in_nested_closure())
def exception_in_except_and_finally():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
        finally:
            print("finally sees", repr(sys.exc_info()[1]))
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(exception_in_except_and_finally())
def finally_raises_during_return():
    try:
        return "pending"
    finally:
        raise IndexError("finally raised")
try:
    finally_raises_during_return()
except IndexError as e:
    print("caught", e, e.__context__)
def loop_else_with_finally():
    out = []
    for i in range(2):
        try:
            out.append(i)
        finally:
            out.append("f")
    else:
        out.append("else")
    return out
print(loop_else_with_finally())
def try_except_return_in_else():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else %d" % x
    finally:
        print("finally after else-return")
print(try_except_return_in_else())
def deep_nesting(n):
    log = []
    def level(k):
        try:
            if k == n:
                raise OverflowError("deep")
            level(k + 1)
        except OverflowError:
            log.append("caught at %d" % k)
            if k > n - 2:
                raise
        finally:
            log.append("finally %d" % k)
    level(0)
    return log
print(deep_nesting(3))
def handler_with_del():
    try:
        raise ValueError("x")
    except ValueError as e:
        del e
    return "deleted inside handler fine"
print(handler_with_del())
def return_from_nested_try_in_while():
    n = 0
    while n < 10:
        n += 1
        try:
            try:
                if n == 3:
                    return n
            finally:
                if n == 3:
                    n = 100
        finally:
            pass
    return -1
print(return_from_nested_try_in_while())
def raise_in_else_with_finally_continue():
    out = []
    for i in range(3):
        try:
            pass
        except Exception:
            pass
        else:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(raise_in_else_with_finally_continue())
print(sys.exc_info())
