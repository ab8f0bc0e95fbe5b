# An uncaught exception raised through lambdas, comprehensions, decorators and eval'd code;
# the traceback lists every frame; the context traceback is printed first.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@logged
def leaf(x):
    table = {0: "zero"}
    return table[x]
def middle(xs):
    return [leaf(x) for x in xs]
pick = lambda xs: middle(xs)
def recover(xs):
    try:
        return pick(xs)
    except KeyError as e:
        return eval("handle(e)", {"handle": handle, "e": e})
def handle(e):
    convert = {k: int(k) for k in ["1", "key" + str(e)]}
    return convert
print(recover([0]))
print(recover([0, 1]))
