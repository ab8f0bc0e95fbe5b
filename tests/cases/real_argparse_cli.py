# A command-line tool built on argparse over sys.argv: positionals, options with types,
# choices, counters, nargs, mutually exclusive groups, subcommands with handler functions,
# custom type validators, --help output, and finally an argument error that exits with 2.
# heron-test: args=notes.txt -i extra.txt more.txt --count 3 -vv --mode fast --tag a --tag b --ratio 0.25 sum 1 2 3.5
import argparse
import sys


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value


def cmd_sum(ns):
    total = sum(ns.numbers)
    print(f"sum of {ns.numbers} = {total:g}")
    return 0


def cmd_echo(ns):
    text = " ".join(ns.words)
    print(text.upper() if ns.shout else text)
    return 0


def build_parser():
    parser = argparse.ArgumentParser(
        prog="notetool",
        description="Process note files and do small calculations.",
        epilog="Example: notetool a.txt --count 2 sum 1 2",
    )
    parser.add_argument("file", metavar="FILE", help="input file")
    parser.add_argument("-i", "--include", nargs="+", default=[], metavar="PATH", help="extra files")
    parser.add_argument("-c", "--count", type=positive_int, default=1, help="repetitions (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("--mode", choices=["fast", "safe"], default="safe")
    parser.add_argument("--tag", action="append", dest="tags", default=[], help="add a tag")
    parser.add_argument("--ratio", type=float, metavar="R")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true")
    group.add_argument("--csv", action="store_true")
    subs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p_sum = subs.add_parser("sum", help="add numbers")
    p_sum.add_argument("numbers", nargs="*", type=float)
    p_sum.set_defaults(handler=cmd_sum)
    p_echo = subs.add_parser("echo", help="print words")
    p_echo.add_argument("words", nargs="+")
    p_echo.add_argument("--shout", action="store_true")
    p_echo.set_defaults(handler=cmd_echo)
    return parser


parser = build_parser()
ns = parser.parse_args()
shown = {k: v for k, v in sorted(vars(ns).items()) if k != "handler"}
print("parsed:", shown)
print("handler:", ns.handler.__name__)
status = ns.handler(ns)
print("status:", status)

ns2 = parser.parse_args(["x", "--json", "echo", "hello", "world", "--shout"])
ns2.handler(ns2)

for argv in (["--help"], ["x", "sum", "--help"], ["x", "-c", "0", "sum"], ["x", "--json", "--csv", "sum"],
             ["x", "--mode", "slow", "sum"], ["x"]):
    print(f"--- argv {argv}", flush=True)
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        sys.stderr.flush()
        print("exit code:", e.code, flush=True)

known, rest = parser.parse_known_args(["x", "--unknown", "sum", "4"])
print("known:", known.file, known.numbers, "rest:", rest)
print("final parse:", flush=True)
parser.parse_args(["--count", "abc", "f", "sum"])
print("not reached")
