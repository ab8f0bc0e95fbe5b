# throw() into a generator under sys.settrace/setprofile: the tracer does not see the thrown exception as its own
import sys

def gen():
    try:
        yield 1
    except KeyError:
        yield "caught"

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name)
    return None

g = gen()
next(g)
sys.settrace(tracer)
print(g.throw(KeyError))
sys.settrace(None)
