# Uncaught `raise ... from None` deep in recursion, with finally blocks running while unwinding
# and output on both streams; the hidden context must not be printed.
import sys
def lookup(config, path):
    node = config
    for part in path.split("."):
        try:
            node = node[part]
        except (KeyError, TypeError):
            raise LookupError(f"no such setting: {path!r} (stopped at {part!r})") from None
    return node
def walk(config, paths, depth=0):
    if not paths:
        return []
    try:
        print("  " * depth + "lookup", paths[0])
        return [lookup(config, paths[0])] + walk(config, paths[1:], depth + 1)
    finally:
        print("  " * depth + "leaving depth", depth, file=sys.stderr)
config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
print(walk(config, ["db.host", "debug"]))
sys.stdout.flush()
print(walk(config, ["db.port", "db.host", "db.port.number"]))
