# An uncaught exception raised two levels deep through yield from, after values were already sent in: the traceback shows every generator frame at its yield from line and the innermost raise.
def validate(value):
    if value < 0:
        raise ArithmeticError("negative value: %d" % value)
    return value

def innermost():
    total = 0
    while True:
        value = yield total
        total += validate(value)

def middle():
    result = yield from innermost()
    return result

def outer():
    yield "ready"
    yield from middle()

g = outer()
print(next(g))
print(g.send(None))
for v in (5, 10, 20):
    print("sent", v, "total", g.send(v))
g.send(-1)
print("not reached")
