# Comprehensions: nested loops and conditions, scoping rules, evaluation order of the first
# iterable, closures inside comprehensions, dict/set comprehensions with duplicates.
x = "global x"
squares = [x * x for x in range(5)]
print(squares, x)
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print([[c for c in w if c not in "aeiou"] for w in ["banana", "kiwi"]])
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, sorted({n % 3 for n in range(10)}))
print({(a, b) for a in range(2) for b in "xy"} == {(0, "x"), (0, "y"), (1, "x"), (1, "y")})
print([y for row in [[1, 2], [3]] for y in row], [[y for y in row] for row in [[1, 2], [3]]])
print({w: len(w) for w in "the quick brown the".split() if len(w) > 3})
print([i if i % 3 else "fizz" for i in range(1, 8)], [j for j in range(20) if j % 2 if j % 3])
log = []
def src(name, n):
    log.append(name)
    return range(n)
res = [(a, b) for a in src("outer", 2) for b in src("inner", 2)]
print(res, log)
# the first iterable is evaluated in the enclosing scope, others in the comprehension
def first_iterable_scope():
    n = 3
    return [[k for k in range(n)] for n in range(n)]
print(first_iterable_scope())
def class_body_like():
    ns = {}
    exec("vals = [1, 2]\nout = [v * 2 for v in vals]\n", ns)
    return ns["out"]
print(class_body_like())
def no_leak():
    for_var = "before"
    _ = [for_var for for_var in range(3)]
    return for_var
print(no_leak())
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print("NameError:", e)
def comprehension_closures():
    funcs = [lambda: i for i in range(3)]
    bound = [(lambda i: lambda: i)(i) for i in range(3)]
    return [f() for f in funcs], [f() for f in bound]
print(comprehension_closures())
def nested_functions_in_comprehension():
    base = 100
    return [(lambda v: v + base)(k) for k in range(3)]
print(nested_functions_in_comprehension())
def uses_outer_variable_updated_later():
    fs = [lambda: total for _ in range(2)]
    total = 42
    return [f() for f in fs]
print(uses_outer_variable_updated_later())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed, [matrix[i][i] for i in range(3)], sum([sum(r) for r in matrix]))
print(sorted({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()}.items()))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(groups)
print([(lambda *a: a)(*p) for p in [(1,), (2, 3)]], [p for p, in [(1,), (2,)]])
print([a + b for a, b in zip("ab", "cd")], [s for s, *_ in ["xyz", "uvw"]])
try:
    [1 / (n - 2) for n in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1} for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
def comp_with_walrus_and_globals():
    global gcount
    gcount = 0
    return [gcount := gcount + 1 for _ in range(3)], gcount
print(comp_with_walrus_and_globals(), gcount)
big = [n for n in range(10000) if n % 1000 == 0]
print(big, len([0 for _ in range(100000)]))
print(dict([(i, i ** 2) for i in range(4)]), set([c for c in "mississippi"]) == set("misp"))
print(sorted([(k, v) for k, v in {"b": 2, "a": 1}.items()], key=lambda kv: kv[1], reverse=True))
print([locals_len for locals_len in [len(locals())]] if False else "skip")
