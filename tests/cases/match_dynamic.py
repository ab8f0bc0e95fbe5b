# Nothing about a subject may be cached between cases: guards that mutate the subject list/dict
# (length and contents re-read by the next case), __match_args__ and value-pattern attributes
# changed at run time (also from inside a guard), a class rebound between executions, a
# __len__ that changes on every call, isinstance re-evaluated per case, and subjects evaluated
# exactly once.
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Limits:
    LOW = 0
    HIGH = 10

def mutate_list():
    lst = [1, 2]
    match lst:
        case [a, b] if lst.append(b + 1) or False:
            print("never")
        case [a, b]:
            print("still two?!")
        case [a, b, c] if lst.pop(0) is None:
            print("never 2")
        case [a, b]:
            print("after pop, two again:", a, b)
mutate_list()

def mutate_dict():
    d = {"a": 1}
    match d:
        case {"a": 1} if d.update(b=2) or d.pop("a") is None:
            print("never")
        case {"a": _}:
            print("a still present?!")
        case {"b": b, **rest}:
            print("b added by guard:", b, rest)
mutate_dict()

def match_args_change(v):
    match v:
        case Vec(1, 2) if setattr(Vec, "__match_args__", ("y", "x")):
            print("never")
        case Vec(2, 1):
            print("swapped __match_args__ used in the next case")
        case Vec(1, 2):
            print("old order")
match_args_change(Vec(1, 2))
print(Vec.__match_args__)
match_args_change(Vec(1, 2))
Vec.__match_args__ = ("x",)
try:
    match_args_change(Vec(1, 2))
except TypeError as e:
    print("TypeError:", e)
del Vec.__match_args__
try:
    match Vec(1, 2):
        case Vec(1):
            print("no")
except TypeError as e:
    print("TypeError:", e)
match Vec(1, 2):
    case Vec(x=1, y=yy):
        print("keywords work without __match_args__", yy)

def limits(v):
    match v:
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case _:
            return "mid"
print([limits(i) for i in (0, 5, 10)])
Limits.HIGH = 5
Limits.LOW = 10
print([limits(i) for i in (0, 5, 10)])

def value_changed_by_guard(v):
    match v:
        case Limits.LOW if setattr(Limits, "LOW", v + 1):
            return "never"
        case Limits.LOW:
            return "matched old LOW?!"
        case _:
            return f"LOW is now {Limits.LOW}"
print(value_changed_by_guard(10))

class A:
    pass
class B:
    pass
def cls_rebound(o):
    match o:
        case Target():
            return "is Target"
        case _:
            return "not Target"
Target = A
print(cls_rebound(A()), cls_rebound(B()))
Target = B
print(cls_rebound(A()), cls_rebound(B()))

class Shifty:
    def __init__(self):
        self.n = 0
    def __len__(self):
        self.n += 1
        print("  len call", self.n)
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i
import collections.abc
collections.abc.Sequence.register(Shifty)
match Shifty():
    case [a, b]:
        print("two", a, b)
    case [a, b, *_]:
        print("two-plus", a, b)
    case [a, b, c]:
        print("three", a, b, c)
    case [*_]:
        print("any")

calls = []
def subject():
    calls.append("subject")
    return [len(calls), "x"]
match subject():
    case [2, _]:
        pass
    case [n, "y"]:
        pass
    case [n, s]:
        print("subject evaluated", calls, n, s)

class Flip(type):
    count = 0
    def __instancecheck__(cls, obj):
        Flip.count += 1
        print("  instancecheck", Flip.count)
        return Flip.count % 2 == 0
class F(metaclass=Flip):
    pass
match 1:
    case F() if False:
        print("no")
    case F():
        print("matched on a later isinstance call")
    case F():
        print("matched on the third call")
