# A `return` inside an inner loop crosses a `finally` that belongs to an outer loop; a
# `break`/`continue` in that finally must act on the outer loop (the one enclosing the try),
# not on the inner loop holding the `return`.
def brk():
    log = []
    for i in range(2):
        try:
            for j in range(3):
                return "returned"
        finally:
            log.append("finally")
            break
    return log
print(brk())

def cont():
    log = []
    for i in range(3):
        try:
            for k in range(3):
                log.append(("body", i, k))
                return "returned"
        finally:
            log.append(("finally", i))
            continue
    return log
print(cont())

def while_version():
    log = []
    n = 0
    while n < 2:
        n += 1
        try:
            m = 0
            while m < 3:
                m += 1
                log.append(("inner", n, m))
                if m == 2:
                    return "returned"
        finally:
            log.append(("finally", n))
            if n == 1:
                continue
            break
    return log
print(while_version())

def exception_version():
    log = []
    for i in range(2):
        try:
            for j in range(3):
                raise ValueError(j)
        finally:
            log.append(("finally", i))
            break
    return log
print(exception_version())

def nested_three():
    log = []
    for a in range(2):
        for b in range(2):
            try:
                for c in range(2):
                    try:
                        for d in range(2):
                            return "deep"
                    finally:
                        log.append(("f-inner", a, b, c))
                        if c == 0:
                            continue
                        break
            finally:
                log.append(("f-outer", a, b))
                if b == 0:
                    continue
                break
    return log
print(nested_three())
