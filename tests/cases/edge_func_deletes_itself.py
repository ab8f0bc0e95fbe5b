# A compiled function called through a borrowed reference (a module's __getattr__) that deletes
# the last other reference to itself while running, then raises: the call keeps it alive.
import sys


def __getattr__(name):
    del globals()['__getattr__']
    raise AttributeError(name)


try:
    sys.modules[__name__].x
except AttributeError as e:
    print("AttributeError", e)
print('__getattr__' in globals())


def make():
    def once():
        del holder[0]
        return "ran"
    holder = [once]
    return holder


h = make()
print(h[0](), h)
