# When the iterator of a `for` loop is released, observed through __del__:
# on return through finally, on exceptions leaving the loop, on break, on normal exhaustion.
def It(name, n):
    st = {"i": 0}
    def nxt(self):
        st["i"] += 1
        if st["i"] > n:
            raise StopIteration
        return st["i"]
    return type("It", (), {"__iter__": lambda self: self, "__next__": nxt,
                           "__del__": lambda self: print("  del iter", name)})()

def exhausted():
    for x in It("exhausted", 2):
        pass
    print("  after loop")
exhausted()

def broken():
    for x in It("break", 3):
        try:
            break
        finally:
            print("  finally in loop")
    print("  after loop")
broken()

def returned_through_finally():
    try:
        for x in It("return", 3):
            return x
    finally:
        print("  outer finally")
print(returned_through_finally())

def raised_into_handler():
    try:
        for x in It("raise", 3):
            raise ValueError("out of loop")
    except ValueError:
        print("  handler")
    print("  after try")
raised_into_handler()

def nested_loops():
    try:
        for a in It("outer", 2):
            for b in It("inner", 2):
                return a, b
    finally:
        print("  finally")
print(nested_loops())
