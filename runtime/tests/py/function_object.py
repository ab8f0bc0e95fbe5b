# The compiled function object's attributes and protocols, compared with CPython functions.
import inspect, pickle, copy, gc, weakref, sys, functools, types

def spec_of(f):
    c = f.__code__
    return (c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno, c.co_argcount,
            c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags & 0x0C, c.co_varnames,
            c.co_freevars, c.co_cellvars, f.__doc__)

def heronize(f, kind=0):
    return hrt.make(spec_of(f), f.__defaults__, f.__kwdefaults__, f.__annotations__ or None,
                    f.__closure__, f.__globals__, kind)

def sample(a: int, b=2, /, c: "str" = "x", *args, k, m=5, **kw) -> float:
    "A docstring."
    return tuple(locals().values())

h = heronize(sample)
assert type(h).__name__ == "function" and type(h) is not types.FunctionType
# Looks like a plain function to isinstance (and so to inspect.isfunction, doctest, mock).
assert isinstance(h, types.FunctionType) and h.__class__ is types.FunctionType
assert inspect.isfunction(h) and not inspect.ismethoddescriptor(h)
assert h.__name__ == "sample" and h.__qualname__ == "sample"
assert h.__module__ == __name__, (h.__module__, __name__)
assert h.__doc__ == "A docstring."
assert h.__defaults__ == (2, "x") and h.__kwdefaults__ == {"m": 5}
assert h.__annotations__ == sample.__annotations__
assert h.__closure__ is None
assert h.__globals__ is globals()
assert h.__builtins__ is sys.modules["builtins"].__dict__
assert h.__dict__ == {}
assert repr(h).startswith("<function sample at 0x") and repr(h).endswith(">")
assert callable(h)

# __code__ is a real code object describing the parameters.
code = h.__code__
assert isinstance(code, types.CodeType)
for attr in ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_varnames",
             "co_flags", "co_freevars", "co_cellvars", "co_name", "co_qualname", "co_filename",
             "co_firstlineno"]:
    assert getattr(code, attr) == getattr(sample.__code__, attr), (attr, getattr(code, attr), getattr(sample.__code__, attr))
assert h.__code__ is code

# inspect sees the same signature.
assert inspect.signature(h) == inspect.signature(sample), (inspect.signature(h), inspect.signature(sample))
assert str(inspect.signature(h)) == str(inspect.signature(sample))
assert inspect.getfullargspec(h) == inspect.getfullargspec(sample)

# Nested functions: CO_NESTED, freevars, closure.
def outer():
    x = 1
    def inner(y):
        return x + y
    return inner
inner = outer()
hi = heronize(inner, 2)
assert hi.__code__.co_flags == inner.__code__.co_flags, (hi.__code__.co_flags, inner.__code__.co_flags)
assert hi.__closure__ == inner.__closure__
assert hi.__code__.co_freevars == ("x",)
# The intrinsics body returns (globals, closure cell 0 contents).
assert hi(0) == (globals(), 1)

# Setters, with CPython's errors.
def errors_of(obj):
    out = []
    for attr, v in [("__name__", 1), ("__qualname__", 1), ("__defaults__", 1), ("__kwdefaults__", 1),
                    ("__annotations__", 1), ("__globals__", {}), ("__closure__", None),
                    ("__builtins__", 1), ("__dict__", 1)]:
        try:
            setattr(obj, attr, v)
            out.append((attr, "ok"))
        except Exception as e:
            out.append((attr, type(e).__name__))
    return out
def plain(): pass
hp = heronize(plain)
got, want = errors_of(hp), errors_of(plain)
assert got == want, (got, want)
for attr in ["__name__", "__qualname__"]:
    for obj in (hp, plain):
        try:
            delattr(obj, attr)
        except TypeError as e:
            msg = str(e)
    assert msg == f"{attr} must be set to a string object"
hp.__name__ = "renamed"; hp.__qualname__ = "Q.renamed"
assert hp.__name__ == "renamed" and repr(hp).startswith("<function Q.renamed at")
try:
    hp(1)
except TypeError as e:
    assert str(e) == "Q.renamed() takes 0 positional arguments but 1 was given", e
hp.__doc__ = "doc"; assert hp.__doc__ == "doc"
del hp.__doc__; assert hp.__doc__ is None
hp.__module__ = "elsewhere"; assert hp.__module__ == "elsewhere"
del hp.__module__; assert hp.__module__ is None
del hp.__defaults__; assert hp.__defaults__ is None
del hp.__kwdefaults__; assert hp.__kwdefaults__ is None
assert hp.__annotations__ == {}
hp.__annotations__["x"] = int
assert hp.__annotations__ == {"x": int}
del hp.__annotations__; assert hp.__annotations__ == {}
hp.custom = 5
assert hp.__dict__ == {"custom": 5} and hp.custom == 5
try:
    del hp.__dict__
except TypeError as e:
    assert str(e) == "cannot delete __dict__"
hp.__dict__ = {"a": 1}; assert hp.a == 1

# Method binding.
class K:
    def meth(self, x): return tuple(locals().values())
K.meth = heronize(K.meth)
k = K()
bound = k.meth
assert isinstance(bound, types.MethodType) and bound.__self__ is k and bound.__func__ is K.meth
assert bound(3) == (k, 3) and k.meth(4) == (k, 4)
assert K.meth(k, 5) == (k, 5)
assert K.__dict__["meth"].__get__(None, K) is K.meth
assert str(inspect.signature(k.meth)) == "(x)"
# staticmethod / classmethod wrappers work.
class S:
    sm = staticmethod(heronize(plain))
    cm = classmethod(heronize(lambda cls, x: 0))
assert S.sm() == () and S().sm() == ()
assert S.cm(1) == (S, 1)

# functools.wraps / partial.
@functools.wraps(h)
def wrapper(*a, **k): return h(*a, **k)
assert wrapper.__name__ == "sample" and wrapper.__wrapped__ is h
assert str(inspect.signature(wrapper)) == str(inspect.signature(sample))

# Pickle stores it by reference; copy returns it.
def picklable(x): return tuple(locals().values())
globals()["picklable"] = heronize(picklable)
hpk = globals()["picklable"]
assert pickle.loads(pickle.dumps(hpk)) is hpk
assert copy.copy(hpk) is hpk and copy.deepcopy(hpk) is hpk

# Weak references and cyclic GC (a function reachable from its own closure).
def cyc():
    def selfref(): return selfref
    return selfref
f = heronize(cyc(), 0)
f.__closure__[0].cell_contents = f
r = weakref.ref(f)
del f
gc.collect()
assert r() is None, "cycle through the closure was not collected"
g = heronize(plain)
g.self = g
r = weakref.ref(g)
del g
gc.collect()
assert r() is None, "cycle through __dict__ was not collected"

# Recursion is bounded.
def rec(): pass
hr = heronize(rec, 1)
try:
    hr()
except RecursionError as e:
    assert str(e) == "maximum recursion depth exceeded", e
else:
    raise AssertionError("expected RecursionError")
assert hr.__name__ == "rec"   # still usable afterwards

# Malformed specs are reported, not crashed on.
for bad in [(), ("f",) * 12, ("f", "f", "x.py", 1, 5, 0, 0, 0, (), (), (), None)]:
    try:
        hrt.make(bad, None, None, None, None, globals(), 0)
    except SystemError as e:
        assert "malformed function spec" in str(e)
    else:
        raise AssertionError(bad)
print("function object: ok")
