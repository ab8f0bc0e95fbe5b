# close() of a generator under sys.settrace runs its finally and reports the call event
import sys

def gen():
    try:
        yield 1
    finally:
        print("finally ran")

def tracer(frame, event, arg):
    if frame.f_code.co_name == "gen":
        print("event", event)
    return None

g = gen()
next(g)
sys.settrace(tracer)
g.close()
sys.settrace(None)
print("closed")
