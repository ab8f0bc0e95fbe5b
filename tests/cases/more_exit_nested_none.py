# sys.exit(None) from deep inside handlers that catch Exception (SystemExit is not an
# Exception); finally blocks and atexit handlers run; buffered stdout is flushed; status 0.
import atexit
import sys
atexit.register(lambda: print("atexit handler 1"))
atexit.register(print, "atexit handler 2", file=sys.stderr)
def level3():
    try:
        sys.exit()
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally in level3")
def level2():
    try:
        level3()
    except (ValueError, KeyError):
        print("never")
    else:
        print("never else")
def level1():
    for i in range(3):
        try:
            level2()
        except SystemExit as e:
            print("caught SystemExit once, code =", e.code, "args =", e.args)
            if i == 1:
                raise
print("unflushed output before exit", end="")
print()
print("to stderr", file=sys.stderr)
level1()
print("not reached")
