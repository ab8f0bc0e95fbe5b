# Comprehensions in class bodies (3.11 rules): only the first iterable sees class names.
class Config:
    names = ["a", "b", "c"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]             # first iterable: class scope OK
    pairs = {n: i for i, n in enumerate(names)}
    lengths = {len(n) for n in names}
    try:
        prefixed = [prefix + n for n in names]     # element uses class name -> NameError
    except NameError as e:
        prefixed = "NameError: " + str(e)
    try:
        cross = [(n, m) for n in names for m in names]   # second iterable -> NameError
    except NameError as e:
        cross = "NameError: " + str(e)
    try:
        filtered = [n for n in range(5) if n < len(names)]
    except NameError as e:
        filtered = "NameError: " + str(e)
    nested_ok = [[j for j in range(i)] for i in range(3)]


print(Config.upper, Config.pairs, sorted(Config.lengths))
print(Config.prefixed)
print(Config.cross)
print(Config.filtered)
print(Config.nested_ok)

# globals are visible everywhere in class-body comprehensions
SCALE = 10


class UsesGlobals:
    vals = [1, 2, 3]
    scaled = [v * SCALE for v in vals]
    SCALE = 1000                # class-level SCALE does not affect the comprehension above
    scaled_after = [v * SCALE for v in vals]   # still the global SCALE


print(UsesGlobals.scaled, UsesGlobals.scaled_after, UsesGlobals.SCALE)


# class body inside a function: comprehensions see the function's locals
def build(factor):
    offset = 5

    class Inner:
        items = [1, 2, 3]
        shifted = [i * factor + offset for i in items]
        offset = -1                      # class binding; the comprehension used the closure
        again = [i + offset for i in items]   # still the closure's offset
        lam = (lambda: offset)()         # lambdas also skip the class scope

    return Inner


I = build(3)
print(I.shifted, I.again, I.offset, I.lam)


# walrus inside a class-body comprehension is a SyntaxError, so use it in a method instead
class Walrus:
    def collect(self):
        found = [y for x in range(6) if (y := x * x) > 4]
        return found, y


print(Walrus().collect())


# the comprehension's iteration variable does not leak into the class namespace
class NoLeak:
    data = [x for x in range(3)]
    keys = {k: None for k in "ab"}


print(sorted([k for k in vars(NoLeak) if not k.startswith("__")]))


# methods with comprehensions referring to class attributes via self/cls
class Table:
    columns = ["id", "name", "score"]
    widths = {"id": 4, "name": 8, "score": 6}

    @classmethod
    def header(cls):
        return "|".join([c.ljust(cls.widths[c]) for c in cls.columns])

    def row(self, values):
        return "|".join([str(values[i]).ljust(self.widths[c]) for i, c in enumerate(self.columns)])


t = Table()
print(Table.header())
for vals in [(1, "ann", 9.5), (2, "bob", 7)]:
    print(t.row(vals))


# dict comprehension whose key and value both use class names -> NameError on the value
class DictCase:
    base = {"x": 1}
    try:
        copy = {k: base[k] for k in base}
    except NameError as e:
        copy = "NameError: " + str(e)
    keys_only = {k: 0 for k in base}


print(DictCase.copy, DictCase.keys_only)
