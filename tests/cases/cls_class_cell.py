# The __class__ cell: visible in methods, bound after class creation, __classcell__ handling.
class A:
    def which(self):
        return __class__

    def which_nested(self):
        def inner():
            return __class__.__name__
        return inner()

    def which_lambda(self):
        return (lambda: __class__)()

    @classmethod
    def cm(cls):
        return cls.__name__, __class__.__name__

    @staticmethod
    def sm():
        return __class__.__qualname__


class B(A):
    pass


b = B()
print(b.which() is A, b.which_nested(), b.which_lambda() is A, B.cm(), B.sm())
print(A.which.__code__.co_freevars, A.which.__closure__[0].cell_contents is A)


# __class__ in the class body itself is not the cell; it's a normal name lookup
class C:
    try:
        x = __class__
    except NameError as e:
        x = "NameError: " + str(e)


print(C.x)


# __class__ assigned in the class body does not affect the cell
class D:
    __class__ = "body value"

    def get(self):
        return __class__


print(D.__dict__["__class__"], D().get() is D)


# __classcell__ in the namespace passed to the metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cell = ns.get("__classcell__")
        print("Meta.__new__", name, "has __classcell__:", cell is not None)
        return super().__new__(mcls, name, bases, ns)


class E(metaclass=Meta):
    def f(self):
        return __class__


class F(metaclass=Meta):
    def f(self):
        return 1


print(E().f() is E, "__classcell__" in E.__dict__)


# a metaclass that drops __classcell__
class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


try:
    class G(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", type(e).__name__, str(e)[:60])
except TypeError as e:
    print("TypeError:", e)


# a metaclass that returns a different class than the one built from the cell
class Swapper(type):
    def __new__(mcls, name, bases, ns):
        other = type.__new__(mcls, name + "Other", bases, {})
        return other


try:
    class H(metaclass=Swapper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


# a "metaclass" that is a plain function; __classcell__ is in ns
def fn_meta(name, bases, ns):
    print("fn_meta", name, sorted([k for k in ns if not k.startswith("__")]))
    return type(name, bases, ns)


class I(metaclass=fn_meta):
    def g(self):
        return __class__.__name__


print(I().g())


# super() uses the __class__ cell, which stays with the function even when copied
class J:
    def name(self):
        return "J"


class K(J):
    def name(self):
        return "K>" + super().name()


class L(K):
    def name(self):
        return "L>" + super().name()


print(L().name())
func = K.__dict__["name"]
print(func.__closure__[0].cell_contents.__name__)


# __class__ cell in a class defined inside a function
def factory(tag):
    class Local:
        def get(self):
            return tag, __class__.__qualname__
    return Local


print(factory("t1")().get(), factory("t2")().get())


# the cell is empty while the class body runs
class M:
    def early():
        try:
            return __class__
        except NameError as e:
            return "NameError: " + str(e)

    result = early()
    del early


print(M.result)
