# gi_yieldfrom is None while the generator (or its delegate) runs
def a():
    yield 1
    print("a resumed: gi_yieldfrom of b =", gen_b.gi_yieldfrom)

def b():
    yield from a()

gen_b = b()
next(gen_b)
next(gen_b, None)
