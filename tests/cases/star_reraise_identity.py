# except* re-raise corner cases: identity of leaves and groups in the rest, duplicate leaves, re-raising the original group object or a leaf explicitly, exceptions from else/finally, rests seen by outer except* and by context managers' __exit__, tracebacks of rests across frames.
import sys
import traceback


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return "%s(%r)" % (type(eg).__name__, str(eg))


def frames(tb):
    return [f.f_code.co_name for f, _ in traceback.walk_tb(tb)]


def attempt(label, fn):
    try:
        fn()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", describe(e))
        return e


v, t, k = ValueError("v"), TypeError("t"), KeyError("k")
inner = ExceptionGroup("inner", [t, k])
orig = ExceptionGroup("orig", [v, inner])


def keep_leaves():
    try:
        raise orig
    except* ValueError as eg:
        print("   matched leaf is the same object:", eg.exceptions[0] is v)


e = attempt("rest keeps leaf identity", keep_leaves)
print("   rest leaves are the same objects:", e.exceptions[0].exceptions[0] is t, e.exceptions[0].exceptions[1] is k)
print("   rest groups are new objects:", e is orig, e.exceptions[0] is inner)
print("   rest traceback frames:", frames(e.__traceback__))
print("   original traceback frames:", frames(orig.__traceback__))


def nothing_matches():
    try:
        raise orig
    except* OSError:
        pass


e = attempt("no clause matches", nothing_matches)
print("   leaves identical:", [x is y for x, y in zip(e.exceptions, orig.exceptions)])


def duplicate_leaf():
    d = ValueError("dup")
    try:
        raise ExceptionGroup("dups", [d, d, TypeError("other")])
    except* ValueError as eg:
        print("   matched duplicates:", describe(eg), eg.exceptions[0] is eg.exceptions[1])
        raise


e = attempt("duplicate leaf re-raised", duplicate_leaf)


def raise_original_object():
    g = ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    try:
        raise g
    except* ValueError:
        raise g


e = attempt("handler raises the original group object", raise_original_object)


def raise_leaf_again():
    leaf = ValueError("leaf")
    try:
        raise ExceptionGroup("g", [leaf, TypeError("b")])
    except* ValueError:
        raise leaf


e = attempt("handler raises a matched leaf explicitly", raise_leaf_again)


def raise_the_clause_group():
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError as eg:
        raise eg


e = attempt("handler raises its clause group", raise_the_clause_group)


def raise_the_clause_group_alone():
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as eg:
        raise eg


holder = []


def capture_and_reraise():
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as eg:
        holder.append(eg)
        raise


e = attempt("handler raises its clause group (only part)", raise_the_clause_group_alone)
e = attempt("bare raise when the clause matched everything", capture_and_reraise)
print("   re-raised object is the clause group:", e is holder[0])


# exceptions from else and finally are not handled by the except* clauses
def from_else():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        raise ValueError("from else")


def from_finally():
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        pass
    finally:
        raise RuntimeError("from finally")


attempt("raised in else", from_else)
e = attempt("raised in finally", from_finally)
print("   its context is the rest:", describe(e.__context__))


# a rest caught by an outer except*
def outer_star():
    try:
        try:
            raise ExceptionGroup("g", [ValueError("a"), TypeError("b"), ExceptionGroup("h", [KeyError("c")])])
        except* ValueError as eg:
            print("   inner handled:", describe(eg))
    except* TypeError as eg:
        print("   outer handled:", describe(eg))
    except* KeyError as eg:
        print("   outer handled:", describe(eg))


attempt("rest caught by outer except*", outer_star)


# a rest seen by a context manager
class Watch:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("   __exit__ got", typ.__name__ if typ else None, describe(val) if val else None)
        return self.suppress


def with_rest(suppress):
    with Watch(suppress):
        try:
            raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
        except* ValueError:
            print("   handled ValueError part")
    return "after with"


attempt("rest into __exit__ (suppressed)", lambda: print("  ", with_rest(True)))
attempt("rest into __exit__ (not suppressed)", lambda: with_rest(False))


def with_inside_handler():
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        with Watch(False):
            print("   exception inside handler:", describe(sys.exception()))
    except* OSError:
        with Watch(True):
            raise RuntimeError("suppressed inside handler")
        print("   continued after suppressed error")


attempt("with statements inside handlers", with_inside_handler)


# tracebacks of rests that travel through several frames
def level3():
    raise ExceptionGroup("deep", [ValueError("a"), TypeError("b")])


def level2():
    try:
        level3()
    except* ValueError:
        pass


def level1():
    level2()


e = attempt("rest through frames", level1)
print("   rest frames:", frames(e.__traceback__))


def handler_error_frames():
    try:
        level3()
    except* TypeError:
        level1()


e = attempt("group raised inside a handler", handler_error_frames)
print("   outer frames:", frames(e.__traceback__))
print("   raised part frames:", frames(e.exceptions[0].__traceback__))
print("   rest part frames:", frames(e.exceptions[1].__traceback__))


# BaseException subclasses raised inside handlers
def interrupt_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyboardInterrupt


e = attempt("KeyboardInterrupt from handler", interrupt_in_handler)
print("   type:", type(e).__name__)


def exit_in_handler():
    try:
        raise ValueError("a")
    except* ValueError:
        sys.exit(4)


e = attempt("sys.exit from handler", exit_in_handler)
print("   code:", e.code, "context:", describe(e.__context__))


def del_name_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as eg:
        del eg
        print("   deleted the as-name inside the handler")


attempt("del of the as-name", del_name_in_handler)
print("exception state:", sys.exception())
