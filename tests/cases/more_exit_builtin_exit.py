# The site `exit()` builtin and SystemExit raised inside an except block with a context;
# SystemExit.code given as a string; finally blocks run; status 1.
import sys
def run():
    try:
        {}["missing"]
    except KeyError:
        try:
            exit(2)
        except SystemExit as e:
            print("exit() raised SystemExit", e.code, type(e.__context__).__name__)
        print("stderr message", file=sys.stderr)
        raise SystemExit("fatal: %s" % "cannot continue")
    finally:
        print("finally before exit")
run()
