# except* match types: TypeError for ExceptionGroup/BaseExceptionGroup and non-exception types (also inside tuples), tuples of types, lazy left-to-right evaluation of clause types with side effects, unhashable exception classes, ExceptionGroup subclasses with custom derive().
import sys


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return "%s(%r)" % (type(eg).__name__, str(eg))


def attempt(label, fn):
    try:
        fn()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", describe(e))
        if e.__context__ is not None:
            print("   context:", describe(e.__context__))
        return e


# invalid match types
def match_group_type():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ExceptionGroup:
        print("never")


def match_base_group_in_tuple():
    try:
        raise ValueError("naked")
    except* (ValueError, BaseExceptionGroup):
        print("never")


def match_non_type():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* 42:
        print("never")


def match_non_exception_class():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* (ValueError, str):
        print("never")


def invalid_in_later_clause():
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("first clause runs before the invalid one is checked")
    except* "not a type":
        print("never")


def invalid_after_everything_matched():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        print("all matched in the first clause")
    except* int:
        print("never")


for fn in [match_group_type, match_base_group_in_tuple, match_non_type, match_non_exception_class,
           invalid_in_later_clause, invalid_after_everything_matched]:
    attempt(fn.__name__, fn)

# tuple types, including nested-looking but valid ones and an empty tuple
def tuple_types():
    types_ = (KeyError, OSError)
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o"), ValueError("v"), IndexError("i")])
    except* ():
        print("empty tuple never matches")
    except* types_ as eg:
        print("tuple from a variable:", describe(eg))
    except* (LookupError, ValueError) as eg:
        print("tuple with superclass:", describe(eg))


attempt("tuple_types", tuple_types)


# lazy evaluation: clause types are evaluated only when reached, in order
log = []


def typ(name, t):
    log.append(name)
    return t


def lazy(eg):
    log.clear()
    try:
        raise eg
    except* typ("first", ValueError):
        log.append("handler first")
    except* typ("second", (KeyError, typ("second-inner", IndexError))):
        log.append("handler second")
    except* typ("third", OSError):
        log.append("handler third")
    print("   order:", log)


attempt("lazy all", lambda: lazy(ExceptionGroup("g", [ValueError(), KeyError(), OSError()])))
attempt("lazy only first", lambda: lazy(ExceptionGroup("g", [ValueError()])))
attempt("lazy nothing matches", lambda: lazy(ExceptionGroup("g", [TypeError()])))
print("   order:", log)
attempt("lazy naked", lambda: lazy(OSError("naked")))


def raising_type_expr():
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("handled ValueError")
    except* {}["missing"]:
        print("never")


attempt("type expression raising", raising_type_expr)


# a type expression that evaluates to different things
class Chooser:
    calls = 0

    @property
    def kind(self):
        Chooser.calls += 1
        return KeyError if Chooser.calls % 2 else ValueError


ch = Chooser()
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i), KeyError(i)])
    except* ch.kind as eg:
        print("chosen", i, describe(eg))
    except* Exception as eg:
        print("rest  ", i, describe(eg))


# unhashable exception classes: __eq__ without __hash__
class Unhashable(Exception):
    def __eq__(self, other):
        return isinstance(other, Unhashable) and self.args == other.args


print("Unhashable hashable?", Unhashable.__hash__)


def unhashable():
    a, b = Unhashable("a"), Unhashable("a")
    try:
        raise ExceptionGroup("g", [a, b, ValueError("v")])
    except* Unhashable as eg:
        print("unhashable part:", describe(eg), eg.exceptions[0] is a, eg.exceptions[1] is b)
        raise


e = attempt("unhashable leaves re-raised", unhashable)


def unhashable_rest():
    try:
        raise ExceptionGroup("g", [Unhashable("x"), ExceptionGroup("i", [Unhashable("y"), ValueError("v")])])
    except* ValueError:
        pass


attempt("unhashable leaves in the rest", unhashable_rest)


# an ExceptionGroup subclass with a custom derive
class TaggedGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag="root"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag="root"):
        super().__init__(message, excs)

    def derive(self, excs):
        print("   derive(%s) from tag %s" % (", ".join(type(e).__name__ for e in excs), self.tag))
        return TaggedGroup(self.message + "*", excs, tag=self.tag + "'")


def tagged():
    try:
        raise TaggedGroup("tg", [ValueError("v"), TaggedGroup("in", [KeyError("k"), ValueError("v2")], tag="inner"), OSError("o")])
    except* ValueError as eg:
        print("   ValueError part:", describe(eg), eg.tag, eg.exceptions[1].tag)
    except* KeyError as eg:
        print("   KeyError part:", describe(eg), eg.tag)


e = attempt("tagged group", tagged)
print("   rest tag:", e.tag)


class PlainDerive(ExceptionGroup):
    pass


def plain_subclass():
    try:
        raise PlainDerive("pd", [ValueError("v"), TypeError("t")])
    except* ValueError as eg:
        print("   subclass without derive gives:", describe(eg))


e = attempt("subclass without derive", plain_subclass)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


def bad_derive():
    try:
        raise BadDerive("bd", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("never")


attempt("derive returning a non-group", bad_derive)


class RaisingDerive(ExceptionGroup):
    def derive(self, excs):
        raise RuntimeError("derive failed")


def raising_derive():
    try:
        raise RaisingDerive("rd", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("never")


attempt("derive raising", raising_derive)


def every_leaf_matches():
    try:
        raise RaisingDerive("rd", [ValueError("v"), ValueError("w")])
    except* ValueError as eg:
        print("never: split rebuilds the group with derive() even when every leaf matches")


attempt("every leaf matches, derive still called", every_leaf_matches)


# matching a naked exception of a group-like class does not happen: groups are split, others wrapped
class MyErr(Exception):
    pass


def naked_subclass():
    try:
        raise MyErr("mine")
    except* Exception as eg:
        print("   naked subclass wrapped:", describe(eg), type(eg) is ExceptionGroup)


attempt("naked subclass", naked_subclass)
print("exception state clean:", sys.exception())
