# inspect.getclosurevars sees the globals, builtins and attribute names a compiled function
# uses (its code's co_names), as for interpreted functions.
import inspect

_global_ref = object()


def test_func(x):
    nonlocal_ref = 1

    def inner(y):
        result = len(str(nonlocal_ref)) + _global_ref.unbound_ref
        print(y.attr, missing_global)
        return result
    return inner


cv = inspect.getclosurevars(test_func(1))
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))


class C:
    def method(self):
        return self.x + _global_ref.__class__.__name__


cv = inspect.getclosurevars(C().method)
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
print(sorted(test_func.__code__.co_names))
