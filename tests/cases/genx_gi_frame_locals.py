# heron-test: skip=compiled frames do not expose f_locals, their f_code is the frame code, and a compiled generator is not exactly types.GeneratorType (README: known differences)
# Suspended generator frames: f_locals, getgeneratorlocals, f_code identity; the exact generator type.
import inspect
import types


def with_locals(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d


w = with_locals(1)
print(w.gi_frame.f_code.co_name, sorted(w.gi_frame.f_locals.items()))
next(w)
print(sorted(w.gi_frame.f_locals.items()), w.gi_frame.f_lineno - with_locals.__code__.co_firstlineno)
next(w)
print(sorted(w.gi_frame.f_locals.items()), w.gi_frame.f_lineno - with_locals.__code__.co_firstlineno)
print(inspect.getgeneratorlocals(w) == {"a": 1, "b": 2, "c": 3, "d": 6})
w.close()
print(w.gi_frame, inspect.getgeneratorlocals(w))

# Genexp frame locals: the hidden iterator argument '.0'.
ge = (v * v for v in [4, 5])
print(sorted(ge.gi_frame.f_locals))
next(ge)
print(sorted(ge.gi_frame.f_locals.items(), key=lambda kv: kv[0])[1:])

# The frame's code object is the function's code object.
w = with_locals(5)
print(w.gi_frame.f_code is with_locals.__code__, w.gi_frame.f_code is w.gi_code)

# The exact type of generators and generator expressions.
print(type(w) is types.GeneratorType, type(ge) is types.GeneratorType)
