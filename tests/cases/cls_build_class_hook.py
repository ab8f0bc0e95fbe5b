# heron-test: skip=a replaced builtins.__build_class__ is not called by compiled class statements (README: known differences)
# The class statement calls builtins.__build_class__ (looked up at run time), so replacing it
# intercepts every class statement that follows.
import builtins

original = builtins.__build_class__
created = []


def tracing_build_class(func, name, *bases, **kwargs):
    created.append((name, [b.__name__ for b in bases], sorted(kwargs)))
    return original(func, name, *bases, **kwargs)


class Before:
    pass


builtins.__build_class__ = tracing_build_class
try:
    class Traced:
        x = 1

    class TracedChild(Traced, metaclass=type):
        def method(self):
            return super().__class__.__name__

    def in_function():
        class Local:
            pass
        return Local
    in_function()
finally:
    builtins.__build_class__ = original


class After:
    pass


print(created)
print(TracedChild().method(), Traced.x, After.__name__)
