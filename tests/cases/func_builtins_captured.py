# Builtins are fixed when a function is created (its __builtins__), as CPython's
# func_builtins: rebinding the module's __builtins__ later does not change them.
import builtins
def foo():
    return len([1, 2, 3])
print(foo())
g = globals()
old = g["__builtins__"]
g["__builtins__"] = {"len": lambda x: 7}
print(foo())
def bar():
    return len([1, 2, 3])
print(list(bar.__builtins__), bar())
g["__builtins__"] = old
real_len = builtins.len
def gen():
    yield len([1])
    builtins.len = lambda x: 9
    try:
        yield len([1])
    finally:
        builtins.len = real_len
print(list(gen()), len([]))
class C:
    x = len([1, 2])
print(C.x)
print(foo.__builtins__ is builtins.__dict__)
