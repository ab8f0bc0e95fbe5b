# Compares argument binding of compiled functions with CPython's for many signatures and calls.
import itertools

def spec_of(f):
    c = f.__code__
    return (c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno, c.co_argcount,
            c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags & 0x0C, c.co_varnames,
            c.co_freevars, c.co_cellvars, f.__doc__)

def heronize(f, kind=0):
    return hrt.make(spec_of(f), f.__defaults__, f.__kwdefaults__, f.__annotations__ or None,
                    f.__closure__, f.__globals__, kind)

def outcome(fn, args, kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as e:
        return ("err", type(e).__name__, str(e))

SIGS = ["", "a", "a, b", "a, b=1", "a=1, b=2", "a, /, b", "a, b, /", "a, b, /, c",
        "a, /, b=2, *, k", "*, k", "*, k=1", "*, k, m", "a, *args", "*args, **kw", "a, **kw",
        "a, /, **kw", "a, b=2, *args, k, m=5, **kw", "a, b, c", "a, b, c=3, *, d, e",
        "self, x", "a, *, k=1", "a, b=2, /, c=3, *args, d, **kw"]
KW_NAMES = ["a", "b", "c", "k", "m", "x", "args", "kw", "d", "e"]

checked = 0
for sig in SIGS:
    ns = {}
    exec(f"def f({sig}):\n    return tuple(locals().values())\n", ns)
    real = ns["f"]
    fake = heronize(real)
    kw_sets = [()] + [(n,) for n in KW_NAMES] + list(itertools.combinations(KW_NAMES, 2)) \
        + [("a", "b", "c"), ("d", "e", "k"), ("a", "k", "m")]
    for npos in range(0, 6):
        args = tuple(range(10, 10 + npos))
        for kws in kw_sets:
            kwargs = {n: 100 + i for i, n in enumerate(kws)}
            want = outcome(real, args, kwargs)
            got = outcome(fake, args, kwargs)
            assert want == got, f"def f({sig}) called with {args} {kwargs}:\n  CPython {want}\n  heron   {got}"
            checked += 1
assert checked > 5000, checked

# The fast path (exact positional count) and calls through PyObject_Call / vectorcall.
def g(a, b): return tuple(locals().values())
h = heronize(g)
assert h(1, 2) == (1, 2)
assert h(*[1, 2]) == (1, 2)
assert h(**{"a": 1, "b": 2}) == (1, 2)
import functools
assert functools.partial(h, 1)(2) == (1, 2)
assert list(map(h, [1, 2], [3, 4])) == [(1, 3), (2, 4)]

# Keyword names are compared by value as well as identity.
key = "".join(["a", ""])
assert h(1, **{"".join(["b"]): 5}) == (1, 5)

# Defaults and keyword-only defaults follow reassignment.
def d(a, b=2, *, k=3): return tuple(locals().values())
hd = heronize(d)
assert hd(1) == (1, 2, 3)
hd.__defaults__ = (20,)
hd.__kwdefaults__ = {"k": 30}
assert hd(1) == (1, 20, 30)
hd.__defaults__ = None
try:
    hd(1)
except TypeError as e:
    assert str(e) == "d() missing 1 required positional argument: 'b'", e
else:
    raise AssertionError("expected TypeError")
hd.__kwdefaults__ = None
try:
    hd(1, 2)
except TypeError as e:
    assert str(e) == "d() missing 1 required keyword-only argument: 'k'", e
else:
    raise AssertionError("expected TypeError")

# The qualified name prefixes the errors.
class C:
    def m(self, x): return tuple(locals().values())
C.m = heronize(C.m)
c = C()
assert c.m(5) == (c, 5)
for call, want in [(lambda: c.m(), "C.m() missing 1 required positional argument: 'x'"),
                   (lambda: c.m(1, 2), "C.m() takes 2 positional arguments but 3 were given")]:
    try:
        call()
    except TypeError as e:
        assert str(e) == want, (str(e), want)
    else:
        raise AssertionError(want)

print("binding: checked", checked, "calls")
