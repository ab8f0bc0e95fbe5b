# Bare raise and sys.exc_info() inside finally blocks on exception, return and continue paths.
import sys
def a():
    try:
        raise KeyError("pending")
    finally:
        print("a finally sees", repr(sys.exc_info()[1]))
        try:
            raise
        except KeyError as e:
            print("a bare raise in finally re-raised", repr(e))
try:
    a()
except KeyError as e:
    print("a propagated", repr(e))

def b():
    try:
        return "val"
    finally:
        print("b finally sees", sys.exc_info())
        try:
            raise
        except RuntimeError as e:
            print("b", e)
print(b())

def c():
    try:
        raise ValueError("outer handled")
    except ValueError:
        try:
            return "c val"
        finally:
            print("c finally sees", repr(sys.exc_info()[1]))
print(c(), sys.exc_info())

def d():
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError:
            try:
                continue
            finally:
                print("d finally", repr(sys.exc_info()[1]))
    print("d after", sys.exc_info())
d()

def e():
    try:
        try:
            raise ValueError("v")
        finally:
            raise
    except ValueError as err:
        print("e got", repr(err), repr(err.__context__))
e()

def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        finally:
            print("f finally", repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))
try:
    f()
except TypeError as t:
    print("f out", repr(t), repr(t.__context__))
