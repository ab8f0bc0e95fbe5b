# heron-test: skip=a traceback keeps a compiled frame, but not its locals, alive (locals live in registers: README, known differences)
# Locals of a function that raised stay alive (through the traceback's frame) until the
# exception is released at the end of the handler.
def mk(name):
    return type("Noisy", (), {"__del__": lambda self: print("  del", name)})()

def failing():
    a = mk("local a")
    raise KeyError("k")

try:
    failing()
except KeyError:
    print("  in handler")
print("after handler")

def failing_deep():
    b = mk("local b")
    failing()

def catcher():
    try:
        failing_deep()
    except KeyError as e:
        print("  caught", e)
        saved = e
    print("  handler done, traceback still referenced")
    del saved
    print("  traceback released")
catcher()
print("end")
