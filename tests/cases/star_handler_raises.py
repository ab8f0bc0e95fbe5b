# except* handlers that raise: new exceptions combined with the unhandled rest into a new group, a single raised exception raised as is, bare raise, raise ... from, __context__/__cause__/__notes__/__traceback__ of the results.
import traceback


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return "%s(%r)" % (type(eg).__name__, str(eg))


def tb_names(tb):
    return [f.f_code.co_name for f, _ in traceback.walk_tb(tb)]


def run(label, fn):
    print("--", label)
    try:
        fn()
        print("   no exception")
    except BaseException as e:
        print("   raised:", describe(e))
        return e


def leaf():
    raise ExceptionGroup("orig", [ValueError("v"), TypeError("t"), KeyError("k")])


# one handler raises a single new exception and nothing else is left: raised as is
def single_new():
    try:
        raise ExceptionGroup("orig", [ValueError("v")])
    except* ValueError as eg:
        raise RuntimeError("from handler")


e = run("single new exception, nothing left", single_new)
print("   context:", describe(e.__context__))
print("   context is the clause group:", type(e.__context__) is ExceptionGroup)
print("   suppress_context:", e.__suppress_context__)


# handler raises, and an unhandled rest remains: new group holding both
def new_plus_rest():
    try:
        leaf()
    except* ValueError:
        raise RuntimeError("replacement")


e = run("new exception plus unhandled rest", new_plus_rest)
print("   outer message is empty:", e.message == "")
print("   second item is the rest:", describe(e.exceptions[1]))
print("   raised exception's context:", describe(e.exceptions[0].__context__))


# several handlers raise
def several_raise():
    try:
        leaf()
    except* ValueError:
        raise OSError("os from ValueError clause")
    except* TypeError:
        raise ExceptionGroup("sub", [ArithmeticError("a1"), ArithmeticError("a2")])
    except* KeyError:
        pass


e = run("two handlers raise, third swallows", several_raise)


# bare raise re-raises the matched part, which is merged back into the original structure
def bare_raise():
    try:
        leaf()
    except* ValueError:
        raise
    except* TypeError:
        pass


e = run("bare raise of one part", bare_raise)


def bare_raise_all():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("a"), TypeError("b")]), ValueError("c")])
    except* ValueError:
        raise
    except* TypeError:
        raise


orig_holder = []


def bare_raise_identity():
    try:
        g = ExceptionGroup("same", [ValueError("x")])
        orig_holder.append(g)
        raise g
    except* ValueError:
        raise


e = run("bare raise in every clause", bare_raise_all)
e = run("bare raise of the whole group", bare_raise_identity)
print("   re-raised object is the original group:", e is orig_holder[0])


def bare_raise_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


e = run("bare raise of a naked exception", bare_raise_naked)
print("   wrapper message:", repr(e.message))


# `raise e` (not bare): counts as a new exception
def raise_clause_value():
    try:
        leaf()
    except* ValueError as eg:
        raise eg
    except* TypeError:
        pass


e = run("raise the clause value explicitly", raise_clause_value)


# raise from
def raise_from():
    try:
        leaf()
    except* ValueError as eg:
        raise LookupError("wrapped") from eg
    except* (TypeError, KeyError):
        pass


e = run("raise from the clause value", raise_from)
print("   cause:", describe(e.__cause__), "suppress:", e.__suppress_context__)


def raise_from_none():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("hidden context") from None


e = run("raise from None", raise_from_none)
print("   cause:", e.__cause__, "suppress:", e.__suppress_context__, "context kept:", describe(e.__context__))


# handler raising and a bare raise in the same try: raised + re-raised parts
def mixed():
    try:
        leaf()
    except* ValueError:
        raise
    except* TypeError:
        raise NotImplementedError("new")


e = run("bare raise and new exception together", mixed)
print("   second item keeps original message:", e.exceptions[1].message)


# __notes__, __traceback__, __cause__ and __context__ of the original are kept on the rest
def with_metadata():
    try:
        try:
            raise OSError("earlier")
        except OSError as err:
            g = ExceptionGroup("meta", [ValueError("v"), TypeError("t")])
            g.add_note("note on the group")
            g.__cause__ = err
            raise g
    except* ValueError:
        pass


e = run("rest keeps metadata", with_metadata)
print("   notes:", e.__notes__)
print("   cause:", repr(e.__cause__))
print("   context:", repr(e.__context__))
print("   traceback frames:", tb_names(e.__traceback__))
print("   leaf frames:", tb_names(e.exceptions[0].__traceback__))


def inner_notes():
    try:
        inner = ExceptionGroup("inner", [ValueError("iv"), TypeError("it")])
        inner.add_note("inner note")
        outer = ExceptionGroup("outer", [inner, KeyError("k")])
        outer.add_note("outer note")
        raise outer
    except* ValueError as eg:
        print("   clause group notes:", getattr(eg, "__notes__", None), eg.exceptions[0].__notes__)
    except* KeyError as eg:
        print("   key clause notes:", eg.__notes__)


e = run("notes copied to split parts", inner_notes)
print("   rest notes:", e.__notes__, e.exceptions[0].__notes__)


# the handler adds a note to its part, then re-raises
def note_then_reraise():
    try:
        leaf()
    except* ValueError as eg:
        eg.add_note("added in handler")
        raise
    except* (TypeError, KeyError):
        pass


e = run("note added in handler then bare raise", note_then_reraise)
print("   notes:", getattr(e, "__notes__", None))


# a handler that raises from a nested function keeps the frames in the traceback
def helper_raises(msg):
    raise ValueError(msg)


def raise_via_helper():
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        helper_raises("from helper")


e = run("handler raising through a helper", raise_via_helper)
print("   raised frames:", tb_names(e.exceptions[0].__traceback__))
print("   rest frames:", tb_names(e.exceptions[1].__traceback__))


# exceptions raised inside an except* handler that are caught there do not escape
def caught_inside():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        try:
            raise RuntimeError("local")
        except RuntimeError as err:
            print("   caught locally:", repr(err), "context:", describe(err.__context__))
    return "done"


e = run("exception caught inside handler", caught_inside)


# nested try/except* inside a handler
def nested_star():
    try:
        raise ExceptionGroup("outer", [ValueError("v"), TypeError("t")])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError("k"), OSError("o")])
        except* KeyError as eg:
            print("   inner handled:", describe(eg))
            print("   inner context:", describe(eg.__context__))


e = run("nested except* in a handler", nested_star)
print("   the raised group's context:", describe(e.exceptions[0].__context__))
