# Values live across yields: yield inside call arguments (positional, keyword, starred), list/tuple/set/dict displays, f-strings, comparisons, boolean operators, conditional expressions, subscripts, attribute targets, augmented assignment, chained operations, many locals and temporaries.
def show(*args, **kwargs):
    return "show(%s | %s)" % (", ".join(map(repr, args)), ", ".join("%s=%r" % kv for kv in sorted(kwargs.items())))

def drive(gen, values):
    """Run gen, sending each value in turn; print everything it yields and its return value."""
    out = []
    try:
        out.append(next(gen))
        for v in values:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("return", e.value))
    print(out)

def call_args():
    a = "A"
    c = "C"
    r = show(a, (yield "b?"), c)
    yield r
    r = show(a, k=(yield "k?"), z=c)
    yield r
    r = show(*[(yield "s1?"), (yield "s2?")], **{"x": (yield "x?")})
    return r
drive(call_args(), ["B", "KW", "S1", "S2", "X", "ignored"])

def displays():
    lst = [1, (yield "l"), 3]
    tup = ((yield "t1"), 2, (yield "t2"))
    st = {(yield "s"), 0}
    dct = {"a": (yield "d-value"), (yield "d-key"): "v"}
    return lst, tup, sorted(st), sorted(dct.items())
drive(displays(), [2, "x", "y", 9, "A", "K"])

def fstrings():
    name = "world"
    s = f"hello {name} #{(yield 'n?'):>4} [{(yield 'm?')!r}] {name.upper()}"
    return s
drive(fstrings(), [7, "m"])

def comparisons():
    x = 5
    r1 = x < (yield "upper?") < 100
    r2 = (yield "a?") == (yield "b?")
    r3 = x in (yield "container?")
    r4 = (yield "obj?") is None
    return r1, r2, r3, r4
drive(comparisons(), [50, 1, 1, [5, 6], None])
drive(comparisons(), [3, 1, 2, [], 0])

def boolops():
    a = (yield "a?") and (yield "b?")
    o = (yield "c?") or (yield "d?")
    n = not (yield "e?")
    return a, o, n
drive(boolops(), [1, "B", 0, "D", ""])
drive(boolops(), [0, "", 1])

def conditional():
    x = (yield "then?") if (yield "cond?") else (yield "else?")
    return x
drive(conditional(), [True, "T"])
drive(conditional(), [False, "E"])

def arithmetic():
    base = 100
    r = base + (yield "a") * (yield "b") - base // (yield "c")
    r2 = -(yield "neg") + abs((yield "abs"))
    r3 = (yield "p") ** 2 % 7
    return r, r2, r3
drive(arithmetic(), [3, 4, 7, 10, -4, 5])

def subscripts_and_attrs():
    class NS:
        pass
    ns = NS()
    data = {"x": [10, 20, 30]}
    v = data[(yield "key?")][(yield "index?")]
    ns.attr = (yield "attr?")
    data[(yield "new key?")] = (yield "new value?")
    lst = [0, 1, 2, 3, 4]
    part = lst[(yield "start?"):(yield "stop?")]
    lst[(yield "idx?")] = "replaced"
    return v, ns.attr, sorted(data), part, lst
drive(subscripts_and_attrs(), ["x", 1, "A", "y", "Y", 1, 3, 4])

def augmented():
    x = 10
    x += yield "add?"
    x *= yield "mul?"
    lst = [1]
    lst += (yield "extend?")
    d = {"k": 1}
    d["k"] -= yield "sub?"
    s = "s"
    s += str((yield "str?"))
    return x, lst, d, s
drive(augmented(), [5, 3, [2, 3], 10, 42])

def many_locals():
    a, b, c, d, e = 1, 2, 3, 4, 5
    f = "f"; g = [a, b]; h = {"c": c}; i = (d, e); j = None
    k = 1.5; l = 2 ** 70; m = "m" * 3; n = b"n"; o = frozenset({1})
    yield "first"
    a += 10; g.append(c); h["d"] = d
    p = yield "second"
    q = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]
    yield "third"
    return q
drive(many_locals(), [None, "P", None])

def temporaries_in_loops():
    total = []
    for i in range(3):
        for j in "ab":
            total.append((i, j, (yield (i, j))))
    return total
drive(temporaries_in_loops(), list(range(100, 106)))

def nested_calls():
    r = max(min((yield "a"), (yield "b")), len([(yield "c")] * (yield "d")))
    s = sorted([(yield "x"), (yield "y"), (yield "z")], key=lambda v: -v)
    return r, s
drive(nested_calls(), [5, 9, "c", 7, 1, 3, 2])

def comprehension_iterable():
    # yield in the outermost iterable of a comprehension is evaluated in the generator
    res = [x * 2 for x in (yield "iterable?")]
    return res
drive(comprehension_iterable(), [[1, 2, 3]])

def yield_as_statement_values():
    results = []
    while len(results) < 3:
        results.append((yield len(results)))
    return results
drive(yield_as_statement_values(), ["a", "b", "c"])

def unpacking():
    a, (b, c), *rest = yield "unpack?"
    x, y = (yield "1?"), (yield "2?")
    return a, b, c, rest, x, y
drive(unpacking(), [[1, (2, 3), 4, 5], "X", "Y"])

def method_chain():
    s = "  Hello World  "
    r = s.strip().replace((yield "old?"), (yield "new?")).split((yield "sep?"))
    return r
drive(method_chain(), ["o", "0", " "])

def yield_in_return_and_raise():
    v = yield "v?"
    if v == "raise":
        raise ValueError((yield "message?"))
    return [v, (yield "more?")]
drive(yield_in_return_and_raise(), ["x", "y"])
try:
    drive(yield_in_return_and_raise(), ["raise", "custom message"])
except ValueError as e:
    print("ValueError:", e)

def yield_in_lambda_default():
    f = lambda d=(yield "default?"): d * 2
    return f()
drive(yield_in_lambda_default(), [21])

def yield_in_with_and_assert():
    assert (yield "check?"), "assertion message"
    return "passed"
drive(yield_in_with_and_assert(), [1])
try:
    drive(yield_in_with_and_assert(), [0])
except AssertionError as e:
    print("AssertionError:", e)

def walrus():
    if (n := (yield "n?")) > 3:
        return "big", n
    return "small", n
drive(walrus(), [5])
drive(walrus(), [1])

def yield_values_types():
    got = []
    for _ in range(6):
        got.append(type((yield len(got))).__name__)
    return got
drive(yield_values_types(), [1, 1.5, "s", None, [1], {"a": 1}])
