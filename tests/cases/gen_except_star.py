# yield inside except* handlers (exception groups): handlers suspended and resumed, unhandled remainder re-raised after resumption, throw() of an ExceptionGroup into a generator suspended in try/except*.
def groups():
    try:
        raise ExceptionGroup("eg", [ValueError("v1"), KeyError("k1"), ValueError("v2")])
    except* ValueError as eg:
        yield "value errors: %s" % [str(e) for e in eg.exceptions]
    except* KeyError as eg:
        yield "key errors: %s" % [repr(e) for e in eg.exceptions]
    yield "after groups"
print(list(groups()))

def groups_partial():
    try:
        raise ExceptionGroup("partial", [ValueError("handled"), TypeError("unhandled")])
    except* ValueError:
        yield "handled part"
try:
    print(list(groups_partial()))
except ExceptionGroup as eg:
    print("remaining:", eg.message, [repr(e) for e in eg.exceptions])
g = groups_partial()
print(next(g))
try:
    next(g)
except ExceptionGroup as eg:
    print("remaining after resume:", [repr(e) for e in eg.exceptions])

def catches_thrown_group():
    while True:
        try:
            yield "waiting"
        except* OSError as eg:
            yield "OSError part: %s" % [str(e) for e in eg.exceptions]
        except* LookupError as eg:
            yield "LookupError part: %s" % [type(e).__name__ for e in eg.exceptions]
g = catches_thrown_group()
print(next(g))
print(g.throw(ExceptionGroup("thrown", [OSError("o1"), IndexError("i1"), KeyError("k1")])))
print(next(g))
print(next(g))
print(g.throw(OSError("naked exception is wrapped")))
print(next(g))
print(g.throw(ExceptionGroup("mixed", [ValueError("unmatched"), OSError("o2")])))
try:
    next(g)
except ExceptionGroup as eg:
    print("escaped after the handler finished:", eg.message, [repr(e) for e in eg.exceptions])
print(list(g))
