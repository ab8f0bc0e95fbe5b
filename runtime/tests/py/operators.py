# Operators, containers, calls, iteration and formatting helpers compared with CPython.
# `rt(name, *args)` calls `heron_rt_<name>`; None stands for NULL where a helper accepts it.
import operator, math

failures = []

def outcome(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        return ("raise", type(e), str(e), e.args if isinstance(e, KeyError) else None)
    return ("ok", type(r), r)

def same(a, b):
    if a[0] != b[0] or a[1] is not b[1]:
        return False
    if a[0] == "raise":
        return a[2:] == b[2:]
    x, y = a[2], b[2]
    if isinstance(x, float):
        if math.isnan(x):
            return math.isnan(y)
        return x == y and math.copysign(1, x) == math.copysign(1, y)
    return x == y or repr(x) == repr(y)

checks = 0

def check(label, got, want):
    global checks
    checks += 1
    if not same(got, want):
        failures.append(f"{label}: got {got!r}, want {want!r}")

INTS = [0, 1, -1, 2, 3, -3, 7, -7, 255, 256, -5, -6, 2**29, 2**30 - 1, -(2**30 - 1), 2**30,
        -(2**30), 2**31, 2**62, -(2**62), 2**63, 10**30, -(10**30), True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 0.1, 1e308, -1e308, 5e-324, math.inf, -math.inf,
          math.nan, 3.0, 7.0]
OTHER = ["", "a", "ab", [1], (1, 2), None, 1j, {1: 2}]
NUMS = INTS + FLOATS

class IntSub(int):
    pass

class FloatSub(float):
    pass

NUMS += [IntSub(3), FloatSub(2.0)]

BINOPS = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "lshift": operator.lshift,
    "rshift": operator.rshift, "or": operator.or_, "xor": operator.xor, "and": operator.and_,
    "matmul": operator.matmul,
}
IOPS = {
    "add": operator.iadd, "sub": operator.isub, "mul": operator.imul,
    "truediv": operator.itruediv, "floordiv": operator.ifloordiv, "mod": operator.imod,
    "lshift": operator.ilshift, "rshift": operator.irshift, "or": operator.ior,
    "xor": operator.ixor, "and": operator.iand, "matmul": operator.imatmul,
}

def small_shift(op, a, b):
    # Keep huge shifts and sequence repetitions out of the matrix (they would allocate
    # gigabytes).
    if op == "lshift":
        return isinstance(b, int) and b > 1000
    if op == "mul":
        return (isinstance(a, int) and abs(a) > 1000) or (isinstance(b, int) and abs(b) > 1000)
    return False

for a in NUMS + OTHER:
    for b in NUMS + OTHER:
        for name, fn in BINOPS.items():
            if small_shift(name, a, b):
                continue
            check(f"{name}({a!r}, {b!r})", outcome(rt, name, a, b), outcome(fn, a, b))
        for name, fn in IOPS.items():
            if small_shift(name, a, b):
                continue
            check(f"inplace_{name}({a!r}, {b!r})", outcome(rt, "inplace_" + name, a, b),
                  outcome(fn, a, b))

# pow: keep sizes sane.
POWS = [0, 1, -1, 2, 3, -2, 0.5, -1.5, 2.0, 0.0, -0.0, -8.0, math.inf, math.nan, 1e308, 10,
        IntSub(2), 1j, "a", None]
for a in POWS + [1e-300, 1e300, 1.0001]:
    for b in POWS + [1000.0, -1000.0, 1/3]:
        check(f"pow({a!r}, {b!r})", outcome(rt, "pow", a, b), outcome(operator.pow, a, b))
        check(f"inplace_pow({a!r}, {b!r})", outcome(rt, "inplace_pow", a, b),
              outcome(operator.ipow, a, b))

# In-place on mutable objects really is in place.
l = [1]
r = rt("inplace_add", l, [2])
assert r is l and l == [1, 2]
r = rt("add", l, [3])
assert r is not l and r == [1, 2, 3]
s = "x"
assert rt("add", s, "y") == "xy"

for a in NUMS + OTHER:
    check(f"neg({a!r})", outcome(rt, "neg", a), outcome(operator.neg, a))
    check(f"pos({a!r})", outcome(rt, "pos", a), outcome(operator.pos, a))
    check(f"invert({a!r})", outcome(rt, "invert", a), outcome(operator.invert, a))
    check(f"is_true({a!r})", outcome(rt, "is_true", a), outcome(lambda x: int(bool(x)), a))
for a in [[], (), {}, set(), "", "x", [0], (0,), {0: 0}, 0, 10**40, -(10**40), 0.0, -0.0,
          math.nan, None, True, False, IntSub(0), object()]:
    check(f"is_true({a!r})", outcome(rt, "is_true", a), outcome(lambda x: int(bool(x)), a))
class Bad:
    def __bool__(self): raise ValueError("bad bool")
check("is_true(Bad)", outcome(rt, "is_true", Bad()), outcome(bool, Bad()))
class Len:
    def __len__(self): return 0
assert rt("is_true", Len()) == 0

CMPS = {"lt": operator.lt, "le": operator.le, "eq": operator.eq, "ne": operator.ne,
        "gt": operator.gt, "ge": operator.ge}
STRS = ["", "a", "b", "ab", "abc", "é", "\U0001f600", "a" * 3]
for a in NUMS + OTHER + STRS:
    for b in NUMS + OTHER + STRS:
        for name, fn in CMPS.items():
            check(f"compare_{name}({a!r}, {b!r})", outcome(rt, "compare_" + name, a, b),
                  outcome(fn, a, b))
            check(f"compare_bool_{name}({a!r}, {b!r})",
                  outcome(rt, "compare_bool_" + name, a, b),
                  outcome(lambda x, y: int(bool(fn(x, y))), a, b))
n = math.nan
assert rt("compare_bool_eq", n, n) == 0 and rt("compare_bool_ne", n, n) == 1
class Weird:
    def __eq__(self, o): return [1]
    def __lt__(self, o): return []
w = Weird()
assert rt("compare_bool_eq", w, w) == 1 and rt("compare_bool_lt", w, w) == 0
assert rt("compare_eq", w, w) == [1]

for item, cont in [(1, [1, 2]), (3, [1, 2]), ("a", "cat"), ("z", "cat"), (1, "a"), (1, 1),
                   ("a", 1), (1, {1: 2}), ([], {1: 2}), (1, {1}), (2, range(3))]:
    check(f"contains({item!r}, {cont!r})", outcome(rt, "contains", item, cont),
          outcome(lambda x, y: int(x in y), item, cont))

# ---- attributes and items ----------------------------------------------------------------
class O:
    pass
o = O()
assert rt("setattr", o, "x", 5) == 0 and o.x == 5
assert rt("getattr", o, "x") == 5
assert rt("delattr", o, "x") == 0 and not hasattr(o, "x")
check("getattr missing", outcome(rt, "getattr", o, "x"), outcome(getattr, o, "x"))
check("delattr missing", outcome(rt, "delattr", o, "x"), outcome(delattr, o, "x"))
check("setattr int", outcome(rt, "setattr", 1, "y", 2), outcome(setattr, 1, "y", 2))
check("delattr int", outcome(rt, "delattr", 1, "real"), outcome(delattr, 1, "real"))

class ListSub(list):
    def __getitem__(self, i): return ("sub", i)
class DictSub(dict):
    def __missing__(self, k): return ("missing", k)
SEQS = [[10, 20, 30], (10, 20, 30), [], (), "abc", range(5), ListSub([1]), {1: "a", (1, 2): "t"},
        DictSub(a=1), {}]
KEYS = [0, 1, 2, 3, -1, -3, -4, 2**40, -(2**40), True, "a", (1, 2), 1.0, slice(1, None), [1],
        IntSub(1)]
for s in SEQS:
    for k in KEYS:
        check(f"getitem({s!r}, {k!r})", outcome(rt, "getitem", s, k),
              outcome(operator.getitem, s, k))
        a, b = (s.copy() if hasattr(s, "copy") else s), (s.copy() if hasattr(s, "copy") else s)
        check(f"setitem({s!r}, {k!r})", outcome(rt, "setitem", a, k, "v"),
              outcome(lambda: operator.setitem(b, k, "v") or 0))
        assert a == b, (a, b)
        a, b = (s.copy() if hasattr(s, "copy") else s), (s.copy() if hasattr(s, "copy") else s)
        check(f"delitem({s!r}, {k!r})", outcome(rt, "delitem", a, k),
              outcome(lambda: operator.delitem(b, k) or 0))
        assert a == b, (a, b)
try:
    rt("getitem", {}, (1, 2))
except KeyError as e:
    assert e.args == ((1, 2),), e.args
class BadHash:
    def __hash__(self): raise RuntimeError("no hash")
check("getitem bad hash", outcome(rt, "getitem", {}, BadHash()),
      outcome(operator.getitem, {}, BadHash()))
class Del:
    def __del__(self): log.append("del")
log = []
l = [Del()]
assert rt("setitem", l, 0, 1) == 0 and l == [1] and log == ["del"]

# ---- containers --------------------------------------------------------------------------
assert rt("build_tuple") == () and rt("build_tuple", 1, "a") == (1, "a")
assert rt("build_list") == [] and rt("build_list", 1, [2]) == [1, [2]]
assert rt("build_set", 1, 2, 1) == {1, 2} and rt("build_set") == set()
check("build_set unhashable", outcome(rt, "build_set", 1, []), outcome(lambda: {1, []}))
assert rt("build_dict", "a", 1, "b", 2, "a", 3) == {"a": 3, "b": 2}
assert list(rt("build_dict", "a", 1, "b", 2, "a", 3)) == ["a", "b"]
check("build_dict unhashable", outcome(rt, "build_dict", [], 1), outcome(lambda: {[]: 1}))
assert rt("build_string") == "" and rt("build_string", "a") == "a"
assert rt("build_string", "a", "b") == "ab" and rt("build_string", "a", "é", "\U0001f600", "") == "aé\U0001f600"
assert rt("build_slice", None, None, None) == slice(None)
assert rt("build_slice", 1, None, -1) == slice(1, None, -1)
l = [1]
assert rt("list_append", l, 2) == 0 and l == [1, 2]
assert rt("list_extend", l, (3, 4)) == 0 and rt("list_extend", l, iter([5])) == 0
assert rt("list_extend", l, l) == 0 and l == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]
check("list_extend 1", outcome(rt, "list_extend", [], 1), outcome(lambda: [*1]))
check("list_extend None", outcome(rt, "list_extend", [], None), outcome(lambda: [*None]))
def gen_fail():
    yield 1
    raise TypeError("inner")
check("list_extend gen", outcome(rt, "list_extend", [], gen_fail()),
      outcome(lambda: [*gen_fail()]))
t = rt("list_to_tuple", [1, 2])
assert t == (1, 2) and type(t) is tuple
s = set()
assert rt("set_add", s, 1) == 0 and rt("set_update", s, [2, 3]) == 0 and s == {1, 2, 3}
check("set_update 1", outcome(rt, "set_update", set(), 1), outcome(lambda: {*1}))
check("set_add []", outcome(rt, "set_add", set(), []), outcome(lambda: {[]}))
d = {}
assert rt("dict_setitem", d, "k", 1) == 0 and d == {"k": 1}
assert rt("dict_update", d, {"k": 2, "j": 3}) == 0 and d == {"k": 2, "j": 3}
class Mapping:
    def keys(self): return ["m"]
    def __getitem__(self, k): return k * 2
assert rt("dict_update", d, Mapping()) == 0 and d["m"] == "mm"
check("dict_update 1", outcome(rt, "dict_update", {}, 1), outcome(lambda: {**1}))
check("dict_update list", outcome(rt, "dict_update", {}, [1]), outcome(lambda: {**[1]}))

def f(**k): return k
class C:
    def m(self, **k): return k
def merge_like_cpython(callee, *maps, first=None):
    # What CPython raises for callee(**first, **m1, **m2 ...)
    kw = dict(first or {})
    return outcome(lambda: callee(**kw, **maps[0]) if len(maps) == 1 else callee(**kw, **maps[0], **maps[1]))
def merge_rt(callee, *maps, first=None):
    def go():
        d = dict(first or {})
        for m in maps:
            rt("dict_merge", d, m, callee)
        return d
    return outcome(go)
for callee in [f, C().m, C.m, print, len, [].append, lambda **k: k, C]:
    for maps, first in [((1,), None), ((None,), None), (({"a": 1},), {"a": 2}),
                        (({1: 1}, {1: 2}), None), ((Mapping(),), {"m": 0})]:
        if callee is C.m:
            continue
        check(f"dict_merge {callee!r} {maps!r}", merge_rt(callee, *maps, first=first),
              merge_like_cpython(callee, *maps, first=first))
class M2:
    def keys(self): return ["a"]
    def __getitem__(self, k): raise KeyError("q")
class M3:
    def keys(self): raise AttributeError("zz")
check("dict_merge M2", merge_rt(f, M2()), merge_like_cpython(f, M2()))
check("dict_merge M2 dup", merge_rt(f, M2(), first={"a": 1}), merge_like_cpython(f, M2(), first={"a": 1}))
check("dict_merge M3", merge_rt(f, M3()), merge_like_cpython(f, M3()))
class DictIter(dict):
    def keys(self): return ["x"]
    def __iter__(self): return iter(["x"])
    def __getitem__(self, k): return "from getitem"
check("dict_merge DictIter", merge_rt(f, DictIter(x=1)), merge_like_cpython(f, DictIter(x=1)))

# ---- formatting --------------------------------------------------------------------------
for v in [1, -1.5, "s", "é", [1], None, 10**20, IntSub(5), "x\n"]:
    for conv in [-1, ord("s"), ord("r"), ord("a")]:
        for spec in [None, "", ">6", "x", "z"]:
            def py():
                c = {-1: v, ord("s"): str(v), ord("r"): repr(v), ord("a"): ascii(v)}[conv]
                return format(c, spec or "")
            check(f"format_value({v!r}, {conv}, {spec!r})",
                  outcome(rt, "format_value", v, conv, spec), outcome(py))
s = "abc"
assert rt("format_value", s, -1, None) is s

# ---- calls -------------------------------------------------------------------------------
def g(a, b=2, *args, c=3, **kw): return (a, b, args, c, kw)
assert rt("call", g, 1) == (1, 2, (), 3, {})
assert rt("call", g, 1, 2, 3) == (1, 2, (3,), 3, {})
assert rt("call_kw", g, ("c", "z"), 1, 5, 6) == (1, 2, (), 5, {"z": 6})
assert rt("call_kw", g, (), 1) == (1, 2, (), 3, {})
check("call error", outcome(rt, "call", g), outcome(g))
one = 1
check("call non-callable", outcome(rt, "call", one), outcome(lambda: one()))
class K:
    def m(self, *a, **k): return (self, a, k)
    @staticmethod
    def s(*a): return a
    @classmethod
    def c(cls, *a): return (cls, a)
k = K()
k.inst = lambda *a: a
assert rt("call_method", "m", k, 1) == (k, (1,), {})
assert rt("call_method", "s", k, 1) == (1,)
assert rt("call_method", "c", k, 1) == (K, (1,))
assert rt("call_method", "inst", k, 1, 2) == (1, 2)
assert rt("call_method", "append", [], 1) is None
assert rt("call_method_kw", "m", ("x",), k, 1, 2) == (k, (1,), {"x": 2})
assert rt("call_method_kw", "inst", (), k, 1) == (1,)
check("call_method missing", outcome(rt, "call_method", "nope", k),
      outcome(lambda: k.nope()))
check("call_method arity", outcome(rt, "call_method", "append", []),
      outcome(lambda: [].append()))
assert rt("call_ex", g, (1, 2, 3), None) == (1, 2, (3,), 3, {})
assert rt("call_ex", g, (1,), {"c": 0, "q": 1}) == (1, 2, (), 0, {"q": 1})
assert rt("call_ex", g, [1, 2], Mapping()) == (1, 2, (), 3, {"m": "mm"})
check("call_ex *1", outcome(rt, "call_ex", g, 1, None), outcome(lambda: g(*1)))
check("call_ex **1", outcome(rt, "call_ex", g, (1,), 1), outcome(lambda: g(1, **1)))
check("call_ex keywords", outcome(rt, "call_ex", g, (1,), {1: 2}), outcome(lambda: g(1, **{1: 2})))
check("call_ex print *1", outcome(rt, "call_ex", print, 1, None), outcome(lambda: print(*1)))

# ---- introspection builtins --------------------------------------------------------------
import builtins
G = {"__builtins__": builtins, "x": 1, "b": 2}
L = {"y": 2, "a": 1}
GLOBALS, LOCALS, VARS, DIR, EVAL, EXEC = range(6)
assert rt("call_introspect", GLOBALS, globals, G, L) is G
assert rt("call_introspect", LOCALS, locals, G, L) is L
assert rt("call_introspect", LOCALS, locals, G, None) is G
assert rt("call_introspect", VARS, vars, G, L) is L
assert rt("call_introspect", VARS, vars, G, None) is G
assert rt("call_introspect", VARS, vars, G, L, k) is k.__dict__
assert rt("call_introspect", DIR, dir, G, L) == ["a", "y"]
assert rt("call_introspect", DIR, dir, G, None) == ["__builtins__", "b", "x"]
assert rt("call_introspect", DIR, dir, G, L, 1) == dir(1)
assert rt("call_introspect", EVAL, eval, G, L, "x + y") == 3
assert rt("call_introspect", EVAL, eval, G, None, "x + b") == 3
assert rt("call_introspect", EVAL, eval, G, L, "x + y", None) == 3
assert rt("call_introspect", EVAL, eval, G, L, "x + y", None, {"y": 5}) == 6
assert rt("call_introspect", EVAL, eval, G, L, "x + y", {"x": 1, "y": 7}) == 8
assert rt("call_introspect", EVAL, eval, G, L, "x + y", {"x": 1, "y": 7}, L) == 3
assert rt("call_introspect", EXEC, exec, G, L, "z = x + y") is None and L["z"] == 3
assert rt("call_introspect", EXEC, exec, G, None, "w = x") is None and G["w"] == 1
G2 = {}
assert rt("call_introspect", EXEC, exec, G, L, "v = 1", G2) is None and G2["v"] == 1
assert "__builtins__" in G2
check("globals(1)", outcome(rt, "call_introspect", GLOBALS, globals, G, L, 1),
      outcome(globals, 1))
check("eval()", outcome(rt, "call_introspect", EVAL, eval, G, L), outcome(eval))
check("eval(1,2,3,4)", outcome(rt, "call_introspect", EVAL, eval, G, L, 1, 2, 3, 4),
      outcome(eval, 1, 2, 3, 4))
# A rebound name is an ordinary call.
assert rt("call_introspect", GLOBALS, lambda: "mine", G, L) == "mine"
assert rt("call_introspect", EVAL, lambda s: s, G, L, "src") == "src"

# ---- iteration and unpacking -------------------------------------------------------------
for src in [[1, 2], (1,), "ab", range(3), {1: 2}, iter([1])]:
    it = rt("get_iter", src)
    got = []
    while (x := rt("iter_next", it)) != "<exhausted>":
        got.append(x)
    assert got == list(src if not hasattr(src, "__next__") else []) or got == [1], (src, got)
check("get_iter 1", outcome(rt, "get_iter", 1), outcome(iter, 1))
class BadIter:
    def __iter__(self): return 1
check("get_iter bad", outcome(rt, "get_iter", BadIter()), outcome(iter, BadIter()))
def gen():
    yield 1
    raise ValueError("boom")
it = gen()
assert rt("iter_next", it) == 1
check("iter_next error", outcome(rt, "iter_next", it), ("raise", ValueError, "boom", None))
assert rt("iter_next", it) == "<exhausted>"
class StopIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
assert rt("iter_next", StopIt()) == "<exhausted>"
check("iter_next non-iterator", outcome(rt, "iter_next", [1]), outcome(next, [1]))

def unpack_py(seq, n):
    ns = {"seq": seq}
    targets = ", ".join(f"t{i}" for i in range(n)) + ("," if n == 1 else "")
    if n == 0:
        exec("[] = seq", ns)
        return ()
    exec(f"{targets} = seq", ns)
    return tuple(ns[f"t{i}"] for i in range(n))
def unpack_ex_py(seq, before, after):
    ns = {"seq": seq}
    names = [f"b{i}" for i in range(before)] + ["*r"] + [f"a{i}" for i in range(after)]
    exec(", ".join(names) + ("," if len(names) == 1 else "") + " = seq", ns)
    return tuple([ns[f"b{i}"] for i in range(before)] + [ns["r"]] + [ns[f"a{i}"] for i in range(after)])
def fresh(s):
    return iter(list(s)) if s == "iterator" else s
SOURCES = [(), (1,), (1, 2), (1, 2, 3), [], [1], [1, 2], [1, 2, 3], "ab", range(4), {1: 2},
           1, None, 1.5]
for s in SOURCES + [ListSub([1, 2])]:
    for n in range(0, 5):
        # An exact list of the right length comes back as itself (items are read in place).
        check(f"unpack_sequence({s!r}, {n})",
              outcome(lambda: tuple(rt("unpack_sequence", s, n))), outcome(unpack_py, s, n))
        check(f"unpack_sequence(iter({s!r}), {n})",
              outcome(lambda: rt("unpack_sequence", iter(s) if hasattr(s, "__iter__") else s, n)),
              outcome(lambda: unpack_py(iter(s) if hasattr(s, "__iter__") else s, n)))
    for before in range(0, 3):
        for after in range(0, 3):
            check(f"unpack_ex({s!r}, {before}, {after})",
                  outcome(rt, "unpack_ex", s, before, after),
                  outcome(unpack_ex_py, s, before, after))
            check(f"unpack_ex(iter({s!r}), {before}, {after})",
                  outcome(lambda: rt("unpack_ex", iter(s) if hasattr(s, "__iter__") else s, before, after)),
                  outcome(lambda: unpack_ex_py(iter(s) if hasattr(s, "__iter__") else s, before, after)))
t = (1, 2)
assert rt("unpack_sequence", t, 2) is t
check("unpack gen error", outcome(rt, "unpack_sequence", gen(), 2),
      outcome(unpack_py, gen(), 2))

assert checks > 100000, checks
if failures:
    raise AssertionError(f"{len(failures)} mismatches:\n" + "\n".join(failures[:60]))
