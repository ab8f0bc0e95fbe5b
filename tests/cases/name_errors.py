# NameError and UnboundLocalError messages.
try:
    undefined_name
except NameError as e:
    print(e)
def f():
    print(local_later)
    local_later = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    return undefined_global_in_func
try:
    g()
except NameError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
print(len)
len = lambda x: 42
print(len([]))
del len
print(len([1]))
