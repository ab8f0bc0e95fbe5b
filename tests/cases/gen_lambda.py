# Generator lambdas: lambda: (yield), lambdas yielding values and receiving sends, yield from inside a lambda, lambda generator attributes, generator expressions inside lambdas, lambdas returning values via StopIteration.
import inspect

g_fn = lambda: (yield)
g = g_fn()
print(type(g).__name__, g.__name__, inspect.isgeneratorfunction(g_fn))
print(next(g))
try:
    g.send("sent value")
except StopIteration as e:
    print("StopIteration value:", repr(e.value))

# the lambda's "return value" is the value of the yield expression
echo = lambda: (yield "first")
g = echo()
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print("returned", e.value)

# yield of an expression using the lambda's arguments
pair = lambda a, b=10: (yield a + b)
print(list(pair(1)), list(pair(1, 2)), list(pair(b=5, a=5)))

# several yields in one lambda (a tuple of yields)
multi = lambda x: ((yield x), (yield x * 2), (yield x * 3))
print(list(multi(3)))
g = multi("s")
print(next(g), g.send("A"), g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("tuple of sent values:", e.value)

# yield from inside a lambda
flat = lambda a, b: ((yield from a), (yield from b))
print(list(flat([1, 2], "xy")))
g = flat(iter([1]), range(2))
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, "return:", e.value)

def inner_gen():
    yield "inner"
    return "inner-ret"
delegate = lambda: (yield from inner_gen())
g = delegate()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("delegated return:", e.value)

# lambda generator in a closure, capturing variables
def make(prefix):
    return lambda n: (yield prefix + str(n))
print(list(make("p")(1)), list(make("q")(2)))

# conditional yield inside a lambda
cond = lambda flag: (yield "yes") if flag else "no yield"
print(list(cond(True)), list(cond(False)))
g = cond(False)
try:
    next(g)
except StopIteration as e:
    print("no-yield path returned:", e.value)

# a lambda generator used as a coroutine-like accumulator step
step = lambda total: total + (yield total)
g = step(10)
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("step result:", e.value)

# throw and close on lambda generators
g = (lambda: (yield "waiting"))()
next(g)
try:
    g.throw(KeyError("thrown into lambda"))
except KeyError as e:
    print("KeyError:", e)
g = (lambda: (yield "waiting"))()
next(g)
g.close()
print(inspect.getgeneratorstate(g))

# lambda names and qualnames
class C:
    gen_attr = lambda self: (yield self.__class__.__name__)
    def make(self):
        return lambda: (yield "from method lambda")
c = C()
print(list(c.gen_attr()), c.gen_attr().__qualname__)
print(list(c.make()()), c.make()().__qualname__)

# sorted/map with generator lambdas produce generators
gens = list(map(lambda x: (yield x), range(3)))
print([type(g).__name__ for g in gens], [next(g) for g in gens])

# generator expression inside a plain lambda
squares = lambda n: (i * i for i in range(n))
print(list(squares(5)), inspect.isgeneratorfunction(squares))
