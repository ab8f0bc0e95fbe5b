# Every parameter kind and argument-passing form.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, d=6, e=7, z=8))
print(f(*[1, 2, 3], **{"c": 9, "q": 1}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([5]))
def kwonly(*, key="k"):
    return key
print(kwonly(), kwonly(key="v"))
def star(*a, **k):
    return a, k
print(star(), star(1, *(2, 3), x=1, **{"y": 2}))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:6])
print(pos_only.__code__.co_posonlyargcount)
