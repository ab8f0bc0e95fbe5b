# Implicit chaining in an uncaught traceback.
def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        raise KeyError("first")
    except KeyError:
        cleanup()
work()
