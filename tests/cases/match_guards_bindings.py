# Guards and name bindings: names bound by a case stay bound after the match (also when the
# guard failed), partially-failed patterns, walrus in guards, side-effect order of guards,
# closures and comprehensions capturing match variables, match at module level, in class bodies,
# in loops with break/continue, and return from inside cases (incl. inside try/finally).

def trace(label, value=True):
    print("  guard", label)
    return value

def guards(subject):
    match subject:
        case [x, y] if trace(f"A x={x}", x > y):
            print("A", x, y)
        case [x, *_] if trace(f"B x={x}", False):
            print("B")
        case [x, y] if (total := x + y) > 10 and trace(f"C total={total}"):
            print("C", total)
        case [*_] if trace("D"):
            print("D; leftover x =", x, "total" in dir() or "no total")
        case _:
            print("no case")

for s in [[5, 1], [1, 5], [6, 7], [1, 2, 3], "str"]:
    print("subject", s)
    guards(s)

def partial(subject):
    a = b = c = "unset"
    match subject:
        case (a, b, 99):
            pass
        case _:
            pass
    print("partial:", a, b, c)

partial((1, 2, 3))
partial((1, 2, 99))
partial((1,))

def or_bind(subject):
    match subject:
        case [1, q] | [q, 1] if q > 0:
            return f"or-bound q={q}"
        case _:
            return f"fallthrough, q={q if 'q' in locals() else 'unbound'}"
print(or_bind([1, 4]), or_bind([4, 1]), or_bind([1, -3]), or_bind([2, 2]))

def unbound_after():
    match 3:
        case [z]:
            pass
        case _:
            pass
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound_after()

def closures():
    fns = []
    for item in [(1, "a"), (2, "b"), (3, "c")]:
        match item:
            case (n, s) if n != 2:
                fns.append(lambda: s * n)
            case (n, s):
                fns.append(lambda n=n: f"default {n}")
    return [f() for f in fns]
print(closures())

def comprehensions(rows):
    out = []
    for row in rows:
        match row:
            case {"vals": [*vals]} if vals:
                out.append([v * 2 for v in vals if v != row.get("skip")])
            case {"vals": []}:
                out.append("empty")
    return out
print(comprehensions([{"vals": [1, 2, 3], "skip": 2}, {"vals": []}, {"vals": [4]}, {}]))

def loop_control(items):
    seen = []
    for it in items:
        match it:
            case "stop":
                seen.append("<stop>")
                break
            case "skip":
                continue
            case int(n) if n < 0:
                return seen + [f"neg {n}"]
            case _:
                seen.append(it)
        seen.append("|")
    else:
        seen.append("<exhausted>")
    return seen
print(loop_control([1, "skip", 2, "stop", 3]))
print(loop_control([1, 2]))
print(loop_control([1, -4, 2]))

def in_finally(x):
    try:
        match x:
            case 0:
                return "zero"
            case int():
                raise ValueError(x)
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("  finally for", x)
print(in_finally(0), in_finally(5), in_finally("s"))

class Config:
    mode = "debug"
    match mode:
        case "debug":
            level = 10
            extra = [lvl for lvl in range(3)]
        case _:
            level = 20
    match level:
        case int(captured) if captured > 5:
            pass
print(Config.level, Config.extra, Config.captured)

match {"user": "ann", "id": 7}:
    case {"user": str(user_name), "id": user_id} if (doubled := user_id * 2):
        print("module level", user_name, user_id, doubled)
print("after module match", user_name, user_id, doubled)

def nested_fn(pt):
    match pt:
        case (x, y):
            def inner():
                nonlocal x
                x += 100
                return x + y
            r = inner()
            return r, x
print(nested_fn((1, 2)))

count = 0
def counted():
    global count
    count += 1
    return count
match counted():
    case 2:
        print("two")
    case 1 if counted() == 2:
        print("subject evaluated once; guard side effect; count =", count)
