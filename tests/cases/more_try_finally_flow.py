# try/except/else/finally with return/break/continue crossing finally blocks.
import sys
def order(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError(kind)
        if kind == "return":
            return log
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(order("raise"), order("ok"), order("return"))
def return_value_captured():
    x = "original"
    try:
        return x
    finally:
        x = "changed in finally"
print(return_value_captured())
def finally_overrides_exception_from_except():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    finally:
        return "finally won"
print(finally_overrides_exception_from_except())
def exception_in_finally_replaces():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(exception_in_finally_replaces())
def nested_finally_order():
    out = []
    for i in range(3):
        try:
            try:
                try:
                    if i == 0:
                        continue
                    if i == 1:
                        return out
                finally:
                    out.append(("f1", i))
            finally:
                out.append(("f2", i))
        finally:
            out.append(("f3", i))
    return "not reached"
print(nested_finally_order())
def break_in_finally_swallows():
    for i in range(3):
        try:
            raise RuntimeError("lost %d" % i)
        finally:
            if i == 1:
                break
            continue
    return "swallowed at " + str(i), sys.exc_info()
print(break_in_finally_swallows())
def return_in_finally_after_return():
    try:
        return 1
    finally:
        return 2
print(return_in_finally_after_return())
def else_raises():
    try:
        pass
    except Exception:
        return "no"
    else:
        raise TypeError("from else")
    finally:
        print("finally after else raised")
try:
    else_raises()
except TypeError as e:
    print("caught", e, e.__context__)
def exc_info_during_finally():
    try:
        raise IndexError("in try")
    finally:
        print("exc_info in finally:", sys.exc_info()[0].__name__)
try:
    exc_info_during_finally()
except IndexError:
    print("after: exc_info in handler", sys.exc_info()[1])
print("exc_info outside", sys.exc_info())
def while_finally_counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 5:
                continue
            break
        finally:
            print("iter", n)
    return n
print(while_finally_counter())
def except_order(e):
    try:
        raise e
    except (KeyError, IndexError) as err:
        return "lookup-subclass " + type(err).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as err:
        return "arith " + str(err)
    except BaseException as err:
        return "base " + type(err).__name__
print(except_order(KeyError()), except_order(LookupError()), except_order(ZeroDivisionError("z")), except_order(KeyboardInterrupt()))
def name_cleared_after_except():
    err = "before"
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(name_cleared_after_except())
def reraise_bare():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            try:
                raise ValueError("nested")
            except ValueError:
                pass
            raise
    except KeyError as e:
        return "bare raise re-raised " + repr(e)
print(reraise_bare())
def raise_no_active():
    try:
        raise
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(raise_no_active())
def raise_class_and_bad():
    out = []
    try:
        raise KeyError
    except KeyError as e:
        out.append(repr(e))
    try:
        raise 5
    except TypeError as e:
        out.append(str(e))
    try:
        raise ValueError from 5
    except TypeError as e:
        out.append(str(e))
    try:
        raise int
    except TypeError as e:
        out.append(str(e))
    return out
print(raise_class_and_bad())
def deep(n):
    try:
        if n == 0:
            raise ArithmeticError("bottom")
        return deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except ArithmeticError as e:
    print("caught", e)
def handler_raises_new():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        return type(e.__context__).__name__, e.__cause__, e.__suppress_context__
print(handler_raises_new())
def try_in_loop_with_else():
    res = []
    for v in ["1", "x", "3"]:
        try:
            n = int(v)
        except ValueError:
            res.append("bad")
            continue
        else:
            res.append(n)
        finally:
            res.append("|")
    return res
print(try_in_loop_with_else())
