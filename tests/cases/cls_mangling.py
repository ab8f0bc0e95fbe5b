# Private name mangling: attributes, methods, nested classes, globals, getattr strings.
__module_private = "global with dunder prefix"


class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__id = Account.__count

    def __validate(self, amount):
        return amount > 0

    def deposit(self, amount):
        if not self.__validate(amount):
            return "rejected"
        return f"{self.__owner} +{amount}"

    def info(self):
        return (self.__owner, self.__id, self.__count)

    def read_global(self):
        try:
            return __module_private
        except NameError as e:
            return "NameError: " + str(e)

    def not_mangled(self):
        return self.__dict__.get("__dunder__", "absent"), getattr(self, "__owner", "getattr not mangled")


a = Account("ann")
b = Account("bob")
print(a.deposit(5), a.deposit(-1), a.info(), b.info())
print(sorted(vars(a)), sorted([k for k in Account.__dict__ if "Account" in k]))
print(a._Account__owner, a._Account__validate(3))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(a.read_global())
print(a.not_mangled())


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "savings:" + owner

    def both(self):
        return self.__owner, self._Account__owner


s = Savings("cy")
print(s.both(), sorted(vars(s)))


# names with trailing double underscores or only underscores are not mangled
class Edge:
    __dunder__ = "dunder"
    _single = "single"
    ___triple = "triple"
    __ = "just two"

    def get(self):
        return self.__dunder__, self._single, self.___triple, self.__


print(Edge().get(), sorted([k for k in vars(Edge) if not k.startswith("__") or k == "__"]))


# class names starting with underscores: leading underscores stripped
class _Hidden:
    def __init__(self):
        self.__x = 1


class __Both:
    def __init__(self):
        self.__x = 2


print(list(vars(_Hidden())), list(vars(__Both())))


class ___:
    def __init__(self):
        self.__x = 3


print(list(vars(___())))


# nested classes: mangled with the innermost class name
class Outer:
    __o = "outer private"

    class Inner:
        __i = "inner private"

        def get(self):
            try:
                return self.__i, Outer.__o
            except AttributeError as e:
                return "AttributeError: " + str(e)

    def get(self):
        return self.__o, self.Inner._Inner__i


print(Outer().get(), Outer.Inner().get())


# mangling in functions nested in methods, lambdas, comprehensions, keyword args
class Things:
    def __init__(self):
        self.__items = [1, 2, 3]

    def doubled(self):
        return [x * 2 for x in self.__items]

    def via_lambda(self):
        return (lambda: self.__items[-1])()

    def nested(self):
        def inner():
            return len(self.__items)
        return inner()

    def kwargs(self, **kw):
        return kw

    def call_kw(self):
        return self.kwargs(__key=1)

    def local_var(self):
        __local = "local mangled"
        return __local, sorted(locals())


t = Things()
print(t.doubled(), t.via_lambda(), t.nested(), t.call_kw(), t.local_var())


# imports and global statements inside a class are mangled too
class Importer:
    import os.path as __osp

    def join(self):
        return self.__osp.join("a", "b")


print(Importer().join(), "_Importer__osp" in vars(Importer))


class GlobalUser:
    def set(self):
        global __gflag
        __gflag = "set"


GlobalUser().set()
print(sorted([k for k in globals() if "gflag" in k]))


# hasattr/getattr/setattr strings are not mangled
class Dyn:
    def __init__(self):
        setattr(self, "__raw", 1)
        self.__real = 2

    def check(self):
        return hasattr(self, "__raw"), hasattr(self, "__real"), getattr(self, "_Dyn__real")


print(Dyn().check())
