# Builtins and globals changed at run time must be seen by already-compiled code.
import builtins

def use_len(x):
    return len(x)

def use_print(*a):
    print(*a)

print(use_len("abc"))
len = lambda x: "module len"
print(use_len("abc"))
del len
print(use_len("abc"))
orig = builtins.len
builtins.len = lambda x: "builtins len"
print(use_len("abc"))
builtins.len = orig
print(use_len("abc"))

globals()["len"] = lambda x: "via globals()"
print(use_len("abc"))
del globals()["len"]
print(use_len("abc"))

def loop_lookup():
    out = []
    for i in range(4):
        out.append(helper(i))
        if i == 1:
            globals()["helper"] = lambda v: f"new{v}"
    return out
def helper(v):
    return f"old{v}"
print(loop_lookup())

orig_abs = builtins.abs
try:
    del builtins.abs
    try:
        abs(-1)
    except NameError as e:
        print("NameError:", e)
finally:
    builtins.abs = orig_abs
print(abs(-3))

def uses_true():
    return True, None, ..., __debug__
print(uses_true())

def shadow_param(print=None, len=len if False else None):
    return print, len
print(shadow_param())

def defined_later_global():
    return LATER
try:
    defined_later_global()
except NameError as e:
    print("NameError:", e)
LATER = "now defined"
print(defined_later_global())

# function globals dict identity
print(use_len.__globals__ is globals(), use_len.__module__ == __name__)

# exec with custom builtins
ns = {"__builtins__": {"len": lambda x: "custom builtins"}}
exec("r = len('zz')", ns)
print(ns["r"])
try:
    exec("print('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

# rebinding a global function while it is running
def self_replacing():
    global self_replacing
    self_replacing = lambda: "replacement"
    return "original"
print(self_replacing(), self_replacing())

# global declared in function but never assigned at module level: NameError message
def read_undeclared():
    global NEVER_SET
    return NEVER_SET
try:
    read_undeclared()
except NameError as e:
    print("NameError:", e)

# module-level names that collide with builtins, then deleted
def check_sum():
    return sum([1, 2])
sum = lambda v: "shadowed sum"
print(check_sum())
del sum
print(check_sum())

# __builtins__ is a module at top level in __main__ or a dict when imported: only check access
print(callable(print), type(__builtins__).__name__ in ("module", "dict"))
