# __set_name__: called on descriptors at class creation, order, errors, late assignment.
calls = []


class Field:
    def __init__(self, default=None):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name))
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Record:
    id = Field(0)
    title = Field("untitled")
    tags = Field(())

    def __repr__(self):
        return f"Record(id={self.id}, title={self.title!r}, tags={self.tags})"


print(calls)
r = Record()
print(r)
r.id = 7
r.title = "hello"
print(r, sorted(vars(r)))
print(Record.id.name, Record.title.private, type(Record.tags).__name__)

# same descriptor object under two names: called twice
shared = Field(1)


class Twice:
    a = shared
    b = shared


print(calls[-2:], shared.name)

# __set_name__ is not called for attributes assigned after class creation
late = Field(5)
Twice.c = late
print(late.name, calls[-1])
late.__set_name__(Twice, "c")
print(late.name, Twice().c)


# exceptions in __set_name__ are wrapped in RuntimeError in 3.11
class Exploding:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name} on {owner.__name__}")


try:
    class Victim:
        ok = 1
        boom = Exploding()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)


# __set_name__ on a non-descriptor object and via a metaclass-modified namespace
class Tagger:
    def __set_name__(self, owner, name):
        print("Tagger", owner.__name__, name)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["injected"] = Tagger()
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    own = Tagger()


# __set_name__ happens before __init_subclass__
class Hooked:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, [c for c in calls if c[0] == cls.__name__])


class Child(Hooked):
    x = Field()
    y = Field()


# __set_name__ looked up on the type, not the instance
class Weird:
    pass


w = Weird()
w.__set_name__ = lambda owner, name: print("instance attr called!")


class UsesWeird:
    attr = w


print("no call for instance attribute")


# a class-level attribute that is a class with __set_name__ as a regular method isn't called
class NotCalled:
    def __set_name__(self, owner, name):
        print("should not print", name)


class Holder:
    klass = NotCalled


print(Holder.klass.__name__)
