# A REPL-style command shell whose commands are discovered automatically: every module-level
# function named cmd_* becomes a command (found with inspect.getmembers + inspect.isfunction),
# its help comes from the docstring and its arguments from inspect.signature; commands are
# read from stdin, parsed with shlex, and dispatched with argument-count checking.
# heron-test: stdin=help\nadd 2 3 4\nupper hello world\nrepeat ab 3\nrepeat ab\nstats 4 8 15 16 23 42\nbogus\nadd two 3\necho "quoted arg" plain\nquit\nadd 1
import inspect
import shlex
import sys


def cmd_add(*numbers):
    """Add numbers together."""
    return sum([float(n) for n in numbers])


def cmd_upper(*words):
    """Upper-case the words."""
    return " ".join(words).upper()


def cmd_repeat(text, times):
    """Repeat TEXT a number of TIMES."""
    return text * int(times)


def cmd_stats(*values):
    """Show min/max/mean of the values."""
    nums = [float(v) for v in values]
    return f"min={min(nums):g} max={max(nums):g} mean={sum(nums) / len(nums):.2f}"


def cmd_echo(*args):
    """Echo the arguments as parsed."""
    return repr(args)


def cmd_quit():
    """Leave the shell."""
    raise SystemExit(0)


def helper_not_a_command():
    return None


COMMANDS = {name[4:]: fn for name, fn in inspect.getmembers(sys.modules[__name__], inspect.isfunction)
            if name.startswith("cmd_")}


def cmd_help():
    """List the commands."""
    lines = []
    for name in sorted(COMMANDS):
        fn = COMMANDS[name]
        params = " ".join([p.name.upper() + ("..." if p.kind is p.VAR_POSITIONAL else "")
                           for p in inspect.signature(fn).parameters.values()])
        lines.append(f"  {name:<8}{params:<14}{inspect.getdoc(fn)}")
    return "\n".join(lines)


COMMANDS["help"] = cmd_help
print("commands:", sorted(COMMANDS))


def dispatch(line):
    words = shlex.split(line)
    if not words:
        return None
    name, args = words[0], words[1:]
    fn = COMMANDS.get(name)
    if fn is None:
        return f"error: unknown command {name!r}"
    try:
        inspect.signature(fn).bind(*args)
    except TypeError as e:
        return f"error: {name}: {e}"
    try:
        return fn(*args)
    except ValueError as e:
        return f"error: {name}: {e}"


try:
    for line in sys.stdin:
        print(f"$ {line.strip()}")
        out = dispatch(line)
        if out is not None:
            print(out)
finally:
    print("bye")
