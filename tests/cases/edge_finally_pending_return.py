# A `return` inside a finally body (run for an outer pending `return`) that is itself abandoned
# by `break`/`continue` in an inner finally, or by an exception caught inside the outer finally:
# the outer pending return value must resume.
def cont():
    try:
        return "outer"
    finally:
        for i in range(1):
            try:
                return "inner"
            finally:
                continue

def brk():
    try:
        return "outer"
    finally:
        while True:
            try:
                return "inner"
            finally:
                break

def replaced():
    try:
        return "outer"
    finally:
        for i in range(2):
            try:
                if i == 1:
                    return "inner wins"
            finally:
                if i == 0:
                    continue

def pending_exception():
    try:
        raise KeyError("pending")
    finally:
        for i in range(1):
            try:
                return "inner"
            finally:
                break

def abandoned_by_exception():
    try:
        return "outer"
    finally:
        try:
            try:
                return "inner"
            finally:
                1 / 0
        except ZeroDivisionError:
            pass

def mk(name):
    return type("Noisy", (), {"__del__": lambda self: print("  del", name),
                              "__repr__": lambda self: name})()

def lifetimes():
    try:
        return mk("outer value")
    finally:
        for i in range(2):
            try:
                return mk(f"inner value {i}")
            finally:
                print("  inner finally", i)
                continue
        print("  outer finally ends")

for fn in (cont, brk, replaced, abandoned_by_exception, lifetimes):
    print(fn.__name__, "->", fn())
try:
    print(pending_exception())
except KeyError as e:
    print("KeyError", e)
