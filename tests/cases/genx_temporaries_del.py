# Temporaries and locals held across yields are released at the right time: on resume, close(), del, exhaustion.
import gc
class Tracked:
    def __init__(self, name):
        self.name = name
        print("  new", name)
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return f"T({self.name})"
    def method(self, *args):
        return (self.name, args)
def pair(a, b, c=None):
    return (a, b, c)
def temps():
    x = 7
    fl = 2.5
    r = pair(Tracked("t1"), (yield "y1"), c=Tracked("t2").name)
    print("  r", r)
    s = x + (yield "y2") * 2
    f = 1.5 * fl + (yield "y3")
    lst = [Tracked("t3"), (yield "y4"), 4]
    m = Tracked("t4").method((yield "y5"), x)
    j = "-".join([str(x), (yield "y6"), str(fl)])
    d = {Tracked("k").name: (yield "y7")}
    yield (s, f, lst, m, j, d)
g = temps()
print(next(g))
for v in ["A", 3, 0.25, "B", "C", "D", "E"]:
    print(g.send(v))
del g
print("--- closing while temporaries are pending")
def pending():
    t = pair(Tracked("p1"), (yield "first"))
    yield t
g = pending()
print(next(g))
print("closing")
g.close()
print("closed")
g = pending()
print(next(g))
print("dropping")
del g
print("dropped")
def local_holder():
    a = Tracked("local-a")
    yield 1
    b = Tracked("local-b")
    yield 2
g = local_holder()
next(g); next(g)
print("close with locals")
g.close()
print("after close")
g = local_holder(); next(g)
del g
print("after del")
def loop_holder():
    for t in [Tracked("it1"), Tracked("it2")]:
        yield t.name
g = loop_holder()
print(next(g))
del g
print("after loop del")
def exhausted():
    a = Tracked("ex")
    yield a.name
print(list(exhausted()))
print("after exhausted")
gc.collect()
print("end")
