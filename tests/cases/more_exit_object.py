# sys.exit with a non-integer object prints its str() to stderr and exits with status 1;
# the exception context of the handler is not printed.
import sys
def main(argv):
    try:
        return int(argv[1])
    except IndexError:
        print("usage line on stdout")
        sys.exit(["bad", "usage", 1])
main(["prog"])
