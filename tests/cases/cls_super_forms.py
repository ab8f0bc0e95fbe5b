# super(): zero-arg in methods, classmethods, lambdas, nested functions; two-arg; errors.
class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

    @staticmethod
    def st():
        return "A.st"

    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()


class B(A, flavour="b"):
    def __init_subclass__(cls, flavour=None, **kw):
        print("B.__init_subclass__", cls.__name__, flavour)
        super().__init_subclass__(**kw)

    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    def via_lambda(self):
        f = lambda: super(B, self).hello()
        return f()

    def via_lambda_zero(self):
        f = lambda: super().hello()
        try:
            return f()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    def via_nested(self):
        def inner():
            return super(B, self).hello()
        return inner()

    def via_comprehension(self):
        try:
            return [super().hello() for _ in range(2)]
        except TypeError as e:
            return "TypeError: " + str(e)

    def st_super(self):
        return super().st()


class C(B, flavour="c", extra=1):
    def hello(self):
        return "C>" + super().hello()

    def skip(self):
        return super(B, self).hello()

    @classmethod
    def make(cls):
        return "C>" + super().make()


c = C()
print(c.hello())
print(c.skip())
print(C.make(), B.make())
print(c.via_lambda(), c.via_nested())
print(c.via_lambda_zero())
print(c.via_comprehension())
print(c.st_super())

# two-argument super with a class as second argument
print(super(C, C).make())
print(super(B, C).hello(c))
sup = super(C, c)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__, sup.__self__ is c)
print(super(C, c).hello.__func__ is B.hello)

# errors
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(int, c)
except TypeError as e:
    print("TypeError:", e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class D:
    @staticmethod
    def st():
        return super().__repr__()

    def noargs():
        return super().x


try:
    D.st()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    D.noargs()
except RuntimeError as e:
    print("RuntimeError:", e)


# super() when first argument was reassigned
class E(A):
    def hello(self):
        self = 42
        return super().hello()


try:
    print(E().hello())
except TypeError as e:
    print("TypeError:", e)


# super() inside a method of a method added later to another class keeps __class__
class F(A):
    def hello(self):
        return "F>" + super().hello()


class G(A):
    pass


G.hello = F.hello
try:
    print(G().hello())
except TypeError as e:
    print("TypeError:", e)


# super() attribute access for properties and data on the MRO
class P:
    @property
    def val(self):
        return "P.val"

    data = "P.data"


class Q(P):
    @property
    def val(self):
        return "Q>" + super().val

    data = "Q.data"

    def get_data(self):
        return super().data


q = Q()
print(q.val, q.get_data())
try:
    super(Q, q).missing
except AttributeError as e:
    print("AttributeError:", e)


# super with __new__
class N:
    def __new__(cls, *args):
        print("N.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


class M(N):
    def __new__(cls, *args):
        print("M.__new__", args)
        return super().__new__(cls, *args)


m = M(1, 2)
print(type(m).__name__, m.args)
