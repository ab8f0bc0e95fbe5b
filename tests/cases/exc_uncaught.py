# An uncaught exception: traceback frames and exit status 1.
def level3(x):
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1():
    print("starting")
    return level2(0)
level1()
print("never")
