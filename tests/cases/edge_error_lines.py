# Line numbers reported for errors inside multi-line constructs.
import sys
def where(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, type(e).__name__, out[1:])

def a():
    x = {
        "k": 1,
        "j": 1 /
             0,
    }
def b():
    return (1 <
            2 <
            "s")
def c():
    return [
        i
        for i in range(3)
        if 10 //
           (i - 1)
    ]
def d():
    f = lambda v: (
        v.missing_attr
    )
    return f(
        1
    )
def e():
    s = "abc"
    return s[
        10
    ]
def g():
    return int(
        "x"
    )
def h():
    obj = None
    obj.attr = (
        1
    )
def i():
    x = (1,
         2)
    p, q, r = \
        x
def j():
    return f"""
    {1 +
     "a"}
    """
def k():
    assert 1 + 1 == \
        3, "msg"
def l():
    d = {}
    d["a"]["b"] = 1
def m():
    raise ValueError(
        "multi-line raise"
    )
def n():
    return max(
        [],
    )
def o():
    x = 1
    x += (
        "s"
    )
def p():
    return (
        None
    ).attribute
def q():
    return dict(
        a=1,
    )["b"]
def r():
    return [1, 2][
        5
    ]
def s():
    return print(
        *None
    )
def t():
    return ("%d" %
            "x")
def u():
    a = b = None
    return a.x.y if b is not None else a.z
for fn in (a, b, c, d, e, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u):
    where(fn)
