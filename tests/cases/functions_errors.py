# Call errors with CPython's exact messages.
def f(a, b, c=3, *, d, e=5):
    pass
def g(a, /, b):
    pass
def h():
    pass
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, x=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: g(a=1, b=2),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(1, 2, 3, 4, 5, d=1),
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(1, 2, **{"d": 1}, d=2),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
