# __doc__ of generator, generator-expression and coroutine objects (the types' docstring, None).
def f():
    """function doc"""
    yield 1
g = f()
print(g.__doc__, (x for x in ()).__doc__)
async def c():
    """coroutine doc"""
co = c()
print(co.__doc__)
co.close()
print(f.__doc__, c.__doc__)
