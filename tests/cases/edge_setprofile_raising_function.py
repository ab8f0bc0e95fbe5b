# a Python-level profile function sees the return of a compiled function that raises without the exception leaking into it
import sys

def prof(frame, event, arg):
    pass

def f():
    raise KeyError("k")

sys.setprofile(prof)
try:
    f()
except KeyError as e:
    print("caught", e)
sys.setprofile(None)
