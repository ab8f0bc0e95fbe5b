# with inside finally inside with; exceptions raised by __exit__; suppression.
def make_cm(name, suppress=False, raise_in_exit=None, log=None):
    def enter(self):
        log.append(f"enter {name}")
        return name
    def exit_(self, et, ev, tb):
        log.append(f"exit {name} {et.__name__ if et else None} {ev!r}")
        if raise_in_exit is not None:
            raise raise_in_exit
        return suppress
    return type("CM_" + name, (), {"__enter__": enter, "__exit__": exit_})()

log = []
try:
    with make_cm("a", log=log):
        try:
            raise ValueError("body")
        finally:
            with make_cm("b", log=log):
                log.append("in b")
except ValueError as e:
    log.append(f"caught {e!r}")
print("\n".join(log))
print("--")

log = []
try:
    with make_cm("a", log=log):
        try:
            raise ValueError("body")
        finally:
            with make_cm("b", log=log, raise_in_exit=KeyError("from b exit")):
                log.append("in b")
except KeyError as e:
    log.append(f"caught {e!r} ctx={e.__context__!r}")
print("\n".join(log))
print("--")

# __exit__ raising while an exception is propagating: context chain
log = []
try:
    with make_cm("x", log=log, raise_in_exit=RuntimeError("exit failed")):
        raise TypeError("inner")
except RuntimeError as e:
    print("caught", repr(e), "context", repr(e.__context__), e.__suppress_context__)
print(log)

# suppression inside finally: finally's own exception suppressed, original continues
log = []
def g():
    try:
        raise ValueError("orig")
    finally:
        with make_cm("s", suppress=True, log=log):
            raise KeyError("in finally")
try:
    g()
except ValueError as e:
    print("orig still propagates:", repr(e), repr(e.__context__))
print(log)

# multiple with-items, second __enter__ fails: first __exit__ still runs
log = []
def bad_enter(self):
    log.append("bad enter")
    raise OSError("enter fail")
Bad = type("Bad", (), {"__enter__": bad_enter, "__exit__": lambda s, *a: log.append("bad exit")})
try:
    with make_cm("first", log=log), Bad() as b:
        log.append("body (never)")
except OSError as e:
    print("enter failure:", e)
print(log)

# return from with inside finally inside with
log = []
def h():
    with make_cm("outer", log=log):
        try:
            return "from try"
        finally:
            with make_cm("inner", log=log, suppress=True):
                return "from inner with"
print(h())
print(log)

# object with no __exit__
NoExit = type("NoExit", (), {"__enter__": lambda s: s})
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
NoEnter = type("NoEnter", (), {"__exit__": lambda s, *a: None})
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

# __exit__ returning a truthy non-bool object
log = []
Truthy = type("Truthy", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: [0]})
with Truthy():
    raise ZeroDivisionError
print("suppressed by [0]")
Falsy = type("Falsy", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: []})
try:
    with Falsy():
        raise ZeroDivisionError("kept")
except ZeroDivisionError as e:
    print("not suppressed by []", e)

# break out of with inside loop calls __exit__
log = []
for i in range(3):
    with make_cm(f"loop{i}", log=log):
        if i == 1:
            break
        continue
print(log)
