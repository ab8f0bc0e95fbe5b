# CPython runs a compiled function's code object: exec(code, closure=...), types.FunctionType(code, globals)
# (the code's bytecode hands the bound parameters to the native body).
import types, dis
result = 0
def make():
    a = 2
    b = 3
    def three():
        nonlocal a, b
        global result
        result = a * b
    return three
three = make()
exec(three.__code__, three.__globals__, closure=three.__closure__)
print(result)
my_closure = (types.CellType(35), types.CellType(72))
exec(three.__code__, three.__globals__, closure=my_closure)
print(result)
def f(x, y=3, *args, k=1, **kw):
    return (x, y, args, k, kw)
g = types.FunctionType(f.__code__, {}, "renamed", (10, 20))
print(g(1, k=0), g(1, 2, 3, k=5, z=6), g.__name__)
def gen(n):
    yield from range(n)
gg = types.FunctionType(gen.__code__, globals())
print(list(gg(3)))
def boom():
    return 1 / 0
try:
    types.FunctionType(boom.__code__, globals())()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f.__code__.co_consts[0])
