# try/except* basics: naked exceptions wrapped in ExceptionGroup(''), several clauses, partial matches of nested groups, `as` names bound then unbound, else/finally, sys.exception() inside clauses and after.
import sys


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return "%s(%r)" % (type(eg).__name__, str(eg))


def naked(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("naked ValueError caught as", describe(eg))
        print("  same leaf object:", eg.exceptions[0] is exc)
        print("  leaf traceback kept:", eg.exceptions[0].__traceback__ is not None)
    except* KeyError as eg:
        print("naked KeyError caught as", describe(eg))


naked(ValueError("plain"))
naked(KeyError("key"))
try:
    naked(TypeError("other"))
except TypeError as e:
    # a naked exception that no clause matches propagates as itself
    print("unmatched naked exception propagates unwrapped:", repr(e))


def several(eg):
    print("--", describe(eg))
    try:
        raise eg
    except* ValueError as e:
        print("  ValueError clause:", describe(e))
    except* (KeyError, IndexError) as e:
        print("  LookupError-ish clause:", describe(e))
    except* ArithmeticError as e:
        print("  ArithmeticError clause:", describe(e))
    except* Exception as e:
        print("  Exception clause:", describe(e))
    else:
        print("  else (never)")
    finally:
        print("  finally")


several(ExceptionGroup("flat", [ValueError("v"), KeyError("k"), ZeroDivisionError("z"), OSError("o")]))
several(ExceptionGroup("nested", [
    ValueError("v1"),
    ExceptionGroup("inner", [KeyError("k1"), ValueError("v2"), ExceptionGroup("deep", [IndexError("i"), RuntimeError("r")])]),
    OverflowError("ovf"),
]))
several(ExceptionGroup("only values", [ValueError("a"), ValueError("b")]))
# a clause is skipped entirely when nothing matches it
several(ExceptionGroup("arith only", [ZeroDivisionError("z1"), ExceptionGroup("g", [FloatingPointError("f")])]))


def partial(eg):
    try:
        raise eg
    except* ValueError as e:
        print("partial handled:", describe(e))


for g in [
    ExceptionGroup("top", [ValueError("x"), TypeError("y")]),
    ExceptionGroup("top", [ExceptionGroup("a", [ValueError("x1"), TypeError("y1")]), ExceptionGroup("b", [TypeError("y2")]), ValueError("x2")]),
    ExceptionGroup("top", [ExceptionGroup("a", [ExceptionGroup("b", [TypeError("only")])])]),
]:
    try:
        partial(g)
        print("fully handled")
    except ExceptionGroup as rest:
        print("rest:", describe(rest), "| is original:", rest is g)


# as-names are unbound after the clause, and an earlier binding is lost
def as_names():
    e = "before"
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print("inside clause:", describe(e))
    try:
        print(e)
    except UnboundLocalError as err:
        print("after clause:", type(err).__name__)
    e2 = "untouched"
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* KeyError as e2:
        pass
    print("clause not run keeps binding:", e2)


as_names()

# the same at module level
eg_name = "module level"
try:
    raise KeyError("m")
except* KeyError as eg_name:
    print("module clause:", describe(eg_name))
print("module name bound after?", "eg_name" in globals())


# else / finally
def with_else(fail):
    try:
        if fail:
            raise ExceptionGroup("g", [ValueError("bad")])
        print("  body ok")
    except* ValueError:
        print("  handled")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
    return "returned normally"


print(with_else(False))
print(with_else(True))


def finally_with_rest():
    try:
        try:
            raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
        except* ValueError:
            print("  handled the ValueError part")
        finally:
            print("  finally sees exception:", describe(sys.exception()) if sys.exception() else None)
    except ExceptionGroup as e:
        print("  rest escaped:", describe(e))


finally_with_rest()


def finally_return():
    try:
        raise ExceptionGroup("g", [TypeError("t")])
    except* ValueError:
        print("never")
    finally:
        return "finally return swallows the rest"


print(finally_return())


# sys.exception() inside clauses and after
def exc_state():
    print("before:", sys.exception())
    try:
        raise ExceptionGroup("outer", [ValueError("v"), KeyError("k")])
    except* ValueError as e:
        cur = sys.exception()
        print("in ValueError clause:", describe(cur), "| is the clause value:", cur is e)
        print("  exc_info agrees:", sys.exc_info()[1] is cur)
    except* KeyError as e:
        cur = sys.exception()
        print("in KeyError clause:", describe(cur), "| is the clause value:", cur is e)
    print("after:", sys.exception())
    try:
        raise ValueError("handling")
    except ValueError:
        try:
            raise ExceptionGroup("nested", [OSError("o")])
        except* OSError as e:
            print("nested clause:", describe(sys.exception()))
            print("  context of the group:", repr(e.__context__))
        print("back in outer handler:", repr(sys.exception()))
    print("finally cleared:", sys.exception())


exc_state()


# exceptions and groups that are BaseExceptions
def base_groups():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* KeyboardInterrupt as e:
        print("KeyboardInterrupt part:", describe(e))
    except* ValueError as e:
        print("ValueError part:", describe(e))
    try:
        try:
            raise BaseExceptionGroup("base", [SystemExit(3), ValueError("v")])
        except* ValueError as e:
            print("ValueError part:", describe(e))
    except BaseExceptionGroup as rest:
        print("base rest:", describe(rest), type(rest).__name__)
    try:
        try:
            raise BaseExceptionGroup("base", [GeneratorExit(), ValueError("v")])
        except* GeneratorExit as e:
            print("GeneratorExit part:", describe(e))
    except ExceptionGroup as rest:
        print("rest now only Exceptions, type:", describe(rest))


base_groups()
