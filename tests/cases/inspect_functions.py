# Compiled functions are introspectable: inspect.signature, attributes, pickle by reference.
import inspect
import pickle
def f(a, b: int = 1, *args, c, d=4, **kw) -> str:
    """Doc of f."""
    return "x"
def g(x, /, y):
    pass
print(inspect.signature(f))
print(inspect.signature(g))
print(inspect.signature(lambda q, *, r=2: 0))
print(f.__doc__, f.__module__ in ("__main__", "inspect_functions"), f.__name__)
print(callable(f), f.__code__.co_name, f.__code__.co_filename.endswith("inspect_functions.py"))
f.attr = "set"
print(f.attr, f.__dict__)
print(pickle.loads(pickle.dumps(f)) is f)
print(f.__globals__ is globals())
print(repr(f).startswith("<function f at 0x"))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__code__.co_firstlineno - f.__code__.co_firstlineno)
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.kwonlyargs, spec.kwonlydefaults)
