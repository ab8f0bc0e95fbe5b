# a generator advanced inside an except block, whose own handler ends, must restore its own (empty) handled exception, not the caller's: traceback without a stale context
def to_int(s):
    try:
        return int(s)
    except ValueError:
        return None

def numbers(items):
    for s in items:
        n = to_int(s)
        if n is None:
            continue
        yield n
    raise LookupError("no more numbers")

gen = numbers(["x", "1", "2"])
try:
    {}["missing"]
except KeyError:
    print("first:", next(gen))
print("second:", next(gen))
next(gen)
