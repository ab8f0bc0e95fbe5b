# A deploy-checklist script that validates its inputs and bails out with sys.exit("message"):
# earlier it uses sys.exit(0)/SystemExit inside try blocks to show they can be caught,
# atexit handlers run in LIFO order at the end, finally blocks run while unwinding, and the
# final message goes to stderr with exit status 1.
import atexit
import sys

checks = []


def check(name):
    def deco(fn):
        checks.append((name, fn))
        return fn
    return deco


@check("version")
def _version(env):
    major, minor = env["version"].split(".")[:2]
    return int(major) >= 3 and int(minor) >= 8


@check("disk")
def _disk(env):
    return env["free_gb"] > 5


@check("replicas")
def _replicas(env):
    return 1 <= env["replicas"] <= 10


def run_checks(env):
    failed = []
    for name, fn in checks:
        try:
            ok = fn(env)
        except (KeyError, ValueError) as e:
            ok = False
            name = f"{name} ({type(e).__name__}: {e})"
        print(f"  [{'x' if ok else ' '}] {name}")
        if not ok:
            failed.append(name)
    return failed


def cleanup(tag):
    print(f"atexit: cleanup {tag}")
    sys.stdout.flush()


atexit.register(cleanup, "first-registered")
atexit.register(cleanup, "second-registered")

for attempt in (0, 3, "text", None):
    try:
        sys.exit(attempt)
    except SystemExit as e:
        print(f"caught SystemExit code={e.code!r} args={e.args}")

environments = {
    "staging": {"version": "3.11.4", "free_gb": 20, "replicas": 2},
    "canary": {"version": "3.7.1", "free_gb": 9, "replicas": 1},
    "production": {"version": "3.x", "free_gb": 3, "replicas": 12},
}


def deploy(name):
    env = environments[name]
    print(f"checking {name}:")
    try:
        failed = run_checks(env)
        if failed:
            sys.exit(f"deploy to {name} aborted: {len(failed)} check(s) failed: " + "; ".join(failed))
        print(f"deploying {name} ... ok")
    finally:
        print(f"(finished {name})")


deploy("staging")
try:
    deploy("canary")
except SystemExit as e:
    print("canary failed, continuing:", e.code)
deploy("production")
print("not reached")
