# try/except: tuples, as, bare, else, matching order, sys.exc_info.
import sys
def risky(kind):
    if kind == 0:
        return "ok"
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        return 1 / 0
    raise RuntimeError("other")
for kind in range(5):
    try:
        r = risky(kind)
    except (ValueError, KeyError) as e:
        print("caught", type(e).__name__, e, sys.exc_info()[0].__name__)
    except ZeroDivisionError:
        print("zero", sys.exc_info()[1])
    except:
        print("bare", sys.exc_info()[0].__name__)
    else:
        print("else", r)
    print("after", sys.exc_info())
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong")
except TypeError as e:
    print("outer got", e)
try:
    pass
except Exception as e:
    pass
try:
    e
except NameError:
    print("e unbound after except")
def f():
    try:
        raise ValueError
    except ValueError as err:
        print(repr(err))
    try:
        return err
    except UnboundLocalError as u:
        return str(u)
print(f())
