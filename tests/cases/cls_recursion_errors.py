# Runaway recursion through class machinery: __getattr__ touching a missing attribute,
# recursive __repr__, __eq__, properties and __init__ — caught, then one left uncaught.
class Config:
    def __init__(self, data):
        self.data = data

    def __getattr__(self, name):
        # classic bug: self.data is missing when __init__ never ran
        return self.data[name]


print(Config({"a": 1}).a)
try:
    Config.__new__(Config).a
except RecursionError as e:
    print("RecursionError:", e)


class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"


try:
    repr(SelfRepr())
except RecursionError as e:
    print("RecursionError:", e)


class SelfEq:
    def __eq__(self, other):
        return self == other


try:
    SelfEq() == SelfEq()
except RecursionError as e:
    print("RecursionError:", e)


class SelfProp:
    @property
    def value(self):
        return self.value


try:
    SelfProp().value
except RecursionError as e:
    print("RecursionError:", e)


class Nest:
    def __init__(self, depth):
        self.child = Nest(depth + 1)


try:
    Nest(0)
except RecursionError as e:
    print("RecursionError:", e)


class Deep:
    def __init__(self, n):
        self.n = n

    def down(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).down()


print(Deep(200).down())
# the program still works after all those recursion errors
print([Config({"k": i}).k for i in range(3)])
Config.__new__(Config).missing
