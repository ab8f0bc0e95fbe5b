# with: failing target assignment, __exit__ raising on return, nested items suppressing/replacing,
# suppression inside loops and of BaseExceptions.
log = []
def cm(name, enter_value=None, suppress=False, exit_raises=None):
    def ex(self, t, v, tb):
        log.append(f"exit {name} {t.__name__ if t else None}")
        if exit_raises:
            raise exit_raises
        return suppress
    return type("CM", (), {"__enter__": lambda s: (log.append(f"enter {name}"), enter_value)[1], "__exit__": ex})()
def run(label, fn):
    log.clear()
    try:
        r = fn()
    except BaseException as e:
        r = f"{type(e).__name__}: {e} (ctx {type(e.__context__).__name__ if e.__context__ else None})"
    print(label, r, log)
def t1():
    with cm("a", enter_value=3) as (x, y):
        log.append("body")
run("bad target", t1)
def t2():
    with cm("a", exit_raises=KeyError("exit")):
        return "pending"
run("exit raises on return", t2)
def t3():
    with cm("outer", suppress=True), cm("inner"):
        raise ValueError("body")
    return "after"
run("outer suppresses", t3)
def t4():
    with cm("outer"), cm("inner", exit_raises=TypeError("inner exit")):
        raise ValueError("body")
run("inner exit replaces", t4)
def t5():
    for i in range(3):
        with cm(f"loop{i}", suppress=True):
            if i == 1:
                continue
            raise ValueError(i)
    return "done"
run("suppress in loop", t5)
def t6():
    with cm("ret", suppress=True):
        try:
            return "from try"
        finally:
            raise OSError("in finally")
    return "suppressed then fell through"
run("finally raise suppressed", t6)
def t7():
    with cm("a") as v, cm("b", enter_value=v) as w:
        return v, w
run("enter values", t7)
def t8():
    c = cm("reuse")
    with c:
        with c:
            log.append("nested same object")
    return "ok"
run("reuse", t8)
def t9():
    with cm("a", suppress=True):
        raise SystemExit(5)
    return "SystemExit suppressed"
run("suppress SystemExit", t9)
def t10():
    with cm("kb", suppress=False):
        raise KeyboardInterrupt
run("KeyboardInterrupt", t10)
