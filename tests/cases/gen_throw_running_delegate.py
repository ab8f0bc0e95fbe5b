# throw() into / close() of a generator whose yield-from delegate is the running code: 'generator already executing', no crash or hang
def make(action):
    def inner():
        yield 0
        try:
            action(outer_gen)
        except ValueError as e:
            print("caught:", e)
        yield 1

    def outer():
        yield from inner()

    outer_gen = outer()
    return outer_gen


print(list(make(lambda g: g.throw(ValueError("x")))))
print(list(make(lambda g: g.close())))
print(list(make(lambda g: g.send(None))))
