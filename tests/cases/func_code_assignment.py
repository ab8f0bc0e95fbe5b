# __code__ of one compiled function assigned to another, and type(f)(code, globals):
# the function runs that body with its own globals, defaults and closure.
import types, builtins
def outer():
    num_one, num_two = 7, 8
    def a(): pass
    def b(): return 12
    def c(): return num_one
    def d(): return num_two
    def e(): return num_one, num_two
    for func in [a, b, c, d, e]:
        print(type(func.__code__) is types.CodeType)
    print(c(), d())
    d.__code__ = c.__code__
    print(c.__code__ == d.__code__, c(), d())
    for x, y in [(b, c), (e, d)]:
        try:
            x.__code__ = y.__code__
        except ValueError as ex:
            print("ValueError", ex)
    def test(): pass
    test.__code__ = b.__code__
    print(test(), test.__name__, test.__code__.co_name)
    def g(x, *, k=3):
        yield x + k
    def h(): pass
    try:
        h.__code__ = g.__code__
    except Exception as ex:
        print(type(ex).__name__, ex)
    def h2(x, *, k=4): pass
    h2.__code__ = g.__code__
    print(list(h2(1)), h2.__kwdefaults__)
outer()
def func(s): return len(s)
ns = {}
func2 = type(func)(func.__code__, ns)
print(func2.__globals__ is ns, func2.__builtins__ is builtins.__dict__, func2("abc"), ns)
func3 = type(func)(func.__code__, {"__builtins__": {"len": lambda s: 99}}, "renamed")
print(func3("x"), func3.__name__, func3.__qualname__, func3.__doc__)
try:
    type(func)(func.__code__, 5)
except TypeError as ex:
    print(ex)
src = "def k(a): return a * 2"
d = {}
exec(src, d)
k = type(func)(d["k"].__code__, {})
print(type(k) is types.FunctionType, k(4))
print(func.__code__.co_consts[0])
