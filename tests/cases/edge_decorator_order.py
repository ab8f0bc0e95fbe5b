# Decorator, default and annotation evaluation order; arbitrary decorator expressions.
log = []
def note(tag, v=None):
    log.append(tag)
    return v
def deco(tag):
    log.append(f"make {tag}")
    def apply(f):
        log.append(f"apply {tag} to {getattr(f, '__name__', f)}")
        return f
    return apply
@deco("top")
@note("plain expr", deco("middle"))
@deco("bottom")
def target(a=note("default a"), *, k=note("default k")) -> note("return ann"):
    return a
print(log)
log.clear()
decos = [lambda f: (log.append("lambda deco"), f)[1]]
@decos[0]
@(lambda f: (log.append("inline lambda"), f)[1])
def t2():
    return "t2"
print(t2(), log)
def swap(f):
    return lambda *a: ("swapped", f(*a))
@swap
def t3(x):
    return x * 2
print(t3(4), t3.__name__)
def returns_none(f):
    return None
@returns_none
def t4():
    pass
print(t4)
try:
    @5
    def t5():
        pass
except TypeError as e:
    print("TypeError:", e)
def counting(f):
    count = 0
    def wrapper(*a, **k):
        nonlocal count
        count += 1
        return f(*a, **k), count
    return wrapper
@counting
def t6(v):
    return v
print(t6(1), t6(2))
def outer():
    @counting
    def inner_rec(n):
        return n if n < 1 else inner_rec(n - 1)[0]
    return inner_rec(3)
print(outer())
