# Release order of loop iterators and pending return values in nested loop/try/finally mixes.
def It(name, n):
    st = {"i": 0}
    def nxt(self):
        st["i"] += 1
        if st["i"] > n:
            raise StopIteration
        return st["i"]
    return type("It", (), {"__iter__": lambda self: self, "__next__": nxt,
                           "__del__": lambda self: print("  del iter", name)})()
def mk(name):
    return type("Noisy", (), {"__del__": lambda self: print("  del", name),
                              "__repr__": lambda self: name})()

def a():
    try:
        return mk("a-ret")
    finally:
        for i in It("a-fin-loop", 3):
            break
        print("  a finally end")
print("a ->", a())

def b():
    for j in It("b-outer", 3):
        try:
            return mk(f"b-ret{j}")
        finally:
            for i in It("b-inner", 2):
                if j == 1:
                    continue
            if j < 2:
                continue
    return "b fell out"
print("b ->", b())

def c():
    for j in It("c-outer", 2):
        for k in It("c-inner", 2):
            try:
                return mk("c-ret")
            finally:
                print("  c finally", j, k)
                if j == 1:
                    break
        print("  c after inner", j)
    return "c end"
print("c ->", c())

def d():
    for j in It("d-loop", 3):
        try:
            try:
                raise ValueError(j)
            finally:
                print("  d inner finally", j)
        except ValueError:
            print("  d handler", j)
            if j == 2:
                return mk("d-ret")
print("d ->", d())

def e():
    try:
        for j in It("e-loop", 3):
            with mk("e-cm-obj") if False else open(__file__) as fh:
                raise KeyError(j)
    except KeyError as k:
        print("  e handler", k, fh.closed)
    return "e done"
print("e ->", e())

def f():
    for j in It("f-outer", 2):
        try:
            for k in It("f-inner", 2):
                raise RuntimeError
        except RuntimeError:
            print("  f caught", j)
    return "f done"
print("f ->", f())

def g():
    while True:
        try:
            try:
                return mk("g-first")
            finally:
                return mk("g-second")
        finally:
            print("  g outer finally")
print("g ->", g())

def h():
    for i in It("h-loop", 2):
        try:
            continue
        finally:
            print("  h finally", i)
    return "h done"
print("h ->", h())
print("end")
