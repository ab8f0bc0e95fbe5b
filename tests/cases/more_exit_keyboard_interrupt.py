# An uncaught KeyboardInterrupt prints a traceback and the process dies like CPython does.
def handler():
    try:
        raise KeyboardInterrupt
    finally:
        print("cleanup before interrupt propagates")
def main():
    try:
        handler()
    except Exception:
        print("never: KeyboardInterrupt is not an Exception")
main()
