# Generator expressions: outermost iterable evaluated eagerly (errors at creation), the rest lazily, nested for/if clauses, scoping (class bodies, loop variables do not leak), genexps as sole call argument, send/throw/close on genexps, genexp over a compiled generator.
def noisy(name, items):
    print("  iter(%s)" % name)
    return iter(items)

ge = (x for x in noisy("outer", [1, 2]) for y in noisy("inner", "ab"))
print("created")
print(list(ge))

# error in the outermost iterable is raised at creation
try:
    ge = (x for x in 5)
except TypeError as e:
    print("creation TypeError:", e)

# error in an inner iterable is raised when iterated
ge = (x for x in [1] for y in 5)
print("inner not yet evaluated")
try:
    next(ge)
except TypeError as e:
    print("iteration TypeError:", e)

# conditions and nesting
print(list((x, y) for x in range(4) if x % 2 for y in range(x) if y != 1))
print(list(x + y for x in "ab" for y in "cd"))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bbb cc".split()))

# the loop variable does not leak
x = "outer x"
print(list(x for x in range(3)), x)

# in a class body only the outermost iterable sees class names
class K:
    items = [1, 2, 3]
    factor = 10
    doubled = list(i * 2 for i in items)
    try:
        scaled = list(i * factor for i in items)
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.doubled, K.scaled)

# late binding of free variables in the element expression
n = 1
ge = (i * n for i in range(3))
n = 100
print(list(ge))

# iterating a compiled generator
def source():
    for i in range(5):
        print("  source", i)
        yield i
ge = (v * 10 for v in source() if v % 2 == 0)
print("genexp created")
print(next(ge))
print(list(ge))

# genexp protocol methods
ge = (i for i in range(10))
print(next(ge), ge.send(None))
try:
    ge.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e)
print(list(ge))
ge = (i for i in range(3))
ge.close()
print(list(ge))

# genexp keeps the source iterator alive and advances lazily
it = iter(range(6))
ge = (v for v in it if v % 2)
print(next(ge), next(it), next(ge), list(it), list(ge))

# genexp as the sole argument, and with other arguments (needs parentheses)
print(sorted(c for c in "hello"), "".join(c.upper() for c in "abc"))
print(dict((k, v) for k, v in zip("ab", range(2))), set(x % 3 for x in range(10)))
print(sorted((c for c in "cab"), reverse=True))

# exception inside the element expression propagates at next()
ge = (1 / x for x in [1, 0, 2])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(ge))

# nested genexp referencing the outer loop variable
print([list(g) for g in ((i * j for j in range(3)) for i in range(3))])

# genexp in a function refers to function locals and arguments
def f(base, items):
    offset = 1
    return list(base + i + offset for i in items)
print(f(100, [1, 2]))

# genexp of a genexp of a generator
def nat():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in nat() if n % 2 == 0)
squares_of_evens = (e * e for e in evens)
print([next(squares_of_evens) for _ in range(5)])

# unpacking targets and walrus in genexps
pairs = [(1, "a"), (2, "b")]
print(list(f"{n}{s}" for n, s in pairs))
print(list((last := v) for v in range(3)), last)

# yield inside a generator expression is a SyntaxError (checked via compile)
try:
    compile("(x for x in (yield))", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("((yield x) for x in range(3))", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
