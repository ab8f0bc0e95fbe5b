# Soft keywords and scoping: `match`/`case`/`_` used as ordinary names next to match statements,
# subject forms (parenthesized, tuple without parens, starred items), captures into global,
# nonlocal and cell variables, private-name mangling of captures/value patterns inside class
# bodies, `_` never binding, captures deleted afterwards, and a match with many cases.
match = [1, 2]
case = {"k": "v"}
_ = "underscore"

def match_fn(*a):
    return ("called match", a)

match match:
    case [match_first, *_]:
        print("match as a name", match_first, _)
match case:
    case {"k": case_v}:
        print("case as a name", case_v)
print(match[0], case["k"], match_fn(match))
match_var = match_fn
print(match_var(1, 2))

a, b, rest_src = 1, 2, [3, 4]
match a, b:
    case (1, y):
        print("tuple subject", y)
match a, *rest_src:
    case [1, *others]:
        print("starred subject", others)
match (a):
    case 1:
        print("parenthesized subject is not a tuple")
match a,:
    case (1,):
        print("one-tuple subject")

counter = 0
def set_global(v):
    global counter
    match v:
        case int(counter):
            pass
    return counter
print(set_global(5), counter)

def outer():
    x = "old"
    def inner(v):
        nonlocal x
        match v:
            case [x]:
                return "bound nonlocal"
            case _:
                return "no bind"
    r1 = inner(["new"])
    seen = x
    r2 = inner("s")
    return r1, seen, r2, x
print(outer())

def cell_capture(v):
    match v:
        case {"f": f}:
            pass
    get = lambda: f
    f = f * 2
    return get()
print(cell_capture({"f": 21}))

class Private:
    __secret = "hidden"
    __other = 7
    match "hidden":
        case __secret:
            pass
    def check(self, v):
        match v:
            case Private.__other:
                return "other via mangled value pattern"
            case __local:
                return f"captured mangled local {__local}"
print(sorted([k for k in vars(Private) if "secret" in k]))
print(Private().check(7), Private().check(8))

_ = "kept"
match [1, 2, 3]:
    case [_, *_, _]:
        print("underscore still", _)

def deleted(v):
    match v:
        case [p, q]:
            del p
    try:
        return p
    except UnboundLocalError:
        return f"p deleted, q={q}"
print(deleted([1, 2]))

def in_except():
    try:
        {}["missing"]
    except KeyError as err:
        match err:
            case KeyError(args=[key]):
                return f"caught key {key}"

print(in_except())

def many(n):
    match n:
        case 0: return "zero"
        case 1: return "one"
        case 2: return "two"
        case 3: return "three"
        case 4: return "four"
        case 5: return "five"
        case 6: return "six"
        case 7: return "seven"
        case 8: return "eight"
        case 9: return "nine"
        case 10 | 11 | 12: return "ten-ish"
        case 100000000000000000000000: return "huge"
        case -100000000000000000000000: return "-huge"
        case int(): return "some int"
print([many(i) for i in [0, 3, 9, 11, 13, 10**23, -10**23]])
