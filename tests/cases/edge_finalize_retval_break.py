# A return value discarded by `break`/`continue` in a finally block is released at once.
def mk(name):
    return type("Noisy", (), {"__del__": lambda self: print("  del", name)})()

def f():
    for i in range(2):
        try:
            return mk(f"ret{i}")
        finally:
            if i == 0:
                continue
            break
    print("  after loop")
    return "f done"
print(f())

def g():
    while True:
        try:
            return mk("while ret")
        finally:
            break
    print("  after while")
g()
print("end")
