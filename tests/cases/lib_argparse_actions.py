# argparse with compiled subclasses: custom Action classes (key=value pairs, counters with
# limits, version-like actions that exit), custom type callables that are classes,
# HelpFormatter subclass, ArgumentParser subclass overriding error(), subparsers with
# set_defaults(func=...), Namespace subclass, and parse_known_args.
import argparse
import sys


class KeyValueAction(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault("default", {})
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        current = dict(getattr(namespace, self.dest) or {})
        for item in values:
            if "=" not in item:
                raise argparse.ArgumentError(self, "expected KEY=VALUE, got %r" % item)
            k, v = item.split("=", 1)
            current[k] = v
        setattr(namespace, self.dest, current)


class LimitedCount(argparse.Action):
    def __init__(self, option_strings, dest, limit=3, **kwargs):
        self.limit = limit
        super().__init__(option_strings, dest, nargs=0, default=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        n = getattr(namespace, self.dest) + 1
        setattr(namespace, self.dest, min(n, self.limit))


class Port:
    def __init__(self, text):
        value = int(text)
        if not 0 < value < 65536:
            raise ValueError("out of range")
        self.value = value

    def __repr__(self):
        return "Port(%d)" % self.value


class StrictParser(argparse.ArgumentParser):
    def error(self, message):
        print("PARSE ERROR:", message)
        raise SystemExit(2)


class Config(argparse.Namespace):
    def summary(self):
        return ", ".join(["%s=%r" % (k, v) for k, v in sorted(vars(self).items()) if k != "func"])


class WideHelp(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=30, width=70)


def cmd_serve(ns):
    return "serving on %r (verbosity %d)" % (ns.port, ns.verbose)


def cmd_build(ns):
    return "building %s targets" % len(ns.targets)


parser = StrictParser(prog="tool", description="Demo tool.", formatter_class=WideHelp)
parser.add_argument("-D", "--define", action=KeyValueAction, nargs="+", metavar="K=V", help="definitions")
parser.add_argument("-v", "--verbose", action=LimitedCount, limit=2, help="more output")
sub = parser.add_subparsers(dest="command", required=True)
serve = sub.add_parser("serve", help="run server", formatter_class=WideHelp)
serve.add_argument("--port", type=Port, default=Port("8000"))
serve.set_defaults(func=cmd_serve)
build = sub.add_parser("build", help="build things")
build.add_argument("targets", nargs="*")
build.add_argument("--jobs", "-j", type=int, choices=range(1, 5), default=1)
build.set_defaults(func=cmd_build)

for argv in (["-vvv", "serve", "--port", "9000"],
             ["-D", "a=1", "b=two", "-v", "-D", "a=3", "-v", "build", "x", "y", "-j", "2"],
             ["build"]):
    ns = parser.parse_args(argv, namespace=Config())
    print(type(ns).__name__, ns.summary())
    print("  ->", ns.func(ns))

for bad in (["serve", "--port", "70000"], ["-D", "novalue", "-v", "build"], ["build", "-j", "9"], []):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("  exit code", e.code)

known, rest = parser.parse_known_args(["build", "t1", "--unknown", "z"])
print(known.targets, rest)
print(parser.format_usage().strip())
print(serve.format_help())


class VersionAction(argparse.Action):
    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help="show version"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print("%s version 1.2.3" % parser.prog)
        parser.exit(0)


p2 = argparse.ArgumentParser(prog="mini")
p2.add_argument("--version", action=VersionAction)
p2.add_argument("n", type=int)
print(p2.parse_args(["5"]))
print(p2.format_help())
sys.stdout.flush()
p2.parse_args(["--version"])
print("not reached")
