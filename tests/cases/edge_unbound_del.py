# del of names, rebinding in loops, UnboundLocalError in various positions.
def loop_del():
    out = []
    for i in range(4):
        if i % 2 == 0:
            x = i * 10
        try:
            out.append(x)
            del x
        except UnboundLocalError as e:
            out.append(str(e))
    return out
print(loop_del())

def aug_unbound():
    try:
        n += 1
    except UnboundLocalError as e:
        print("aug:", e)
    n = 0
    return n
aug_unbound()

def del_twice():
    a = 1
    del a
    try:
        del a
    except UnboundLocalError as e:
        print("del twice:", e)
del_twice()

def comp_later():
    try:
        r = [y for _ in range(2)]
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return [y for _ in range(2)]
print(comp_later())

def cond_bind(flag):
    if flag:
        val = "set"
    return val
print(cond_bind(True))
try:
    cond_bind(False)
except UnboundLocalError as e:
    print("cond:", e)

def shadow_global():
    try:
        print(len)
    except UnboundLocalError as e:
        print("shadow builtin:", e)
    len = 3
    return len
shadow_global()

G = "global"
def shadow_g():
    try:
        return G
    finally:
        pass
    G = 1
try:
    shadow_g()
except UnboundLocalError as e:
    print("shadow global:", e)

def del_in_except():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        del err
    except UnboundLocalError as e:
        print("del err:", e)
del_in_except()

def del_global_name():
    global TEMP
    TEMP = 1
    del TEMP
    try:
        del TEMP
    except NameError as e:
        print("global del twice:", e)
    try:
        print(TEMP)
    except NameError as e:
        print("global read:", e)
del_global_name()

# module-level del and rebind
z = 1
del z
try:
    z
except NameError as e:
    print("module:", e)
z = 2
print(z)
for z in range(3):
    del z
try:
    print(z)
except NameError as e:
    print("after loop del:", e)

def unbound_in_with():
    try:
        with open(__file__) as fh:
            pass
        del fh
        fh.close()
    except UnboundLocalError as e:
        print("with:", e)
unbound_in_with()

def unpack_partial():
    try:
        a, b = 1, 2, 3
    except ValueError as e:
        print("unpack:", e)
    try:
        return a
    except UnboundLocalError as e:
        print("after failed unpack:", e)
unpack_partial()

def del_subscript_and_attr():
    d = {"k": 1, "j": 2}
    del d["k"], d["j"]
    print(d)
    try:
        del d["missing"]
    except KeyError as e:
        print("KeyError", e)
    l = list(range(10))
    del l[::3]
    print(l)
    del l[-1], l[0]
    print(l)
    f = lambda: 0
    f.attr = 1
    del f.attr
    try:
        del f.attr
    except AttributeError as e:
        print("AttributeError", e)
del_subscript_and_attr()

def del_tuple_targets():
    a = b = c = 1
    del (a, [b, c])
    for n in ("a", "b", "c"):
        print(n, n in locals())
del_tuple_targets()

def while_rebind():
    i = 0
    while i < 3:
        if i:
            print("prev", prev)
            del prev
        prev = i
        i += 1
    return "prev" in locals()
print(while_rebind())

def unbound_lambda_default():
    try:
        f = lambda a=q: a
    except UnboundLocalError as e:
        print("default:", e)
    q = 1
unbound_lambda_default()
