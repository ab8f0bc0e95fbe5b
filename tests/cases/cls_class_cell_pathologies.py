# A class body with both its own __class__ cell (for its methods) and an enclosing
# __class__ (read, declared global, or assigned through nonlocal) keeps them apart.
class A:
    def f(self): return 'A'
def outer():
    class X(A):
        def f(self):
            return super().f()
        __class__ = 413
    x = X()
    print(x.f(), x.__class__)
    class X:
        x = __class__ if False else 1
        def f():
            __class__
    print(X.x)
    class X:
        global __class__
        __class__ = 42
        def f():
            __class__
    print(globals()["__class__"])
    del globals()["__class__"]
    print("__class__" in X.__dict__)
class T:
    def m(self):
        class X:
            x = __class__
            def f():
                __class__
        print(X.x is T)
        class X:
            nonlocal __class__
            __class__ = 42
            def f():
                __class__
        print(__class__)
T().m()
outer()
class T:
    def m(self):
        class X:
            nonlocal __class__
            __class__ = 42
            def f():
                __class__
        print(__class__)
        return X
X = T().m()
print(X.f.__closure__[0].cell_contents, X.__dict__.get('__class__'))
