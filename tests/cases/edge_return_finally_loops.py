# return/break/continue inside finally inside loops inside try.
def f1():
    try:
        for i in range(5):
            try:
                if i == 2:
                    raise ValueError(i)
            finally:
                if i == 2:
                    return ("returned in finally", i)
    except ValueError:
        return "caught"
    return "end"
print(f1())

def f2():
    out = []
    for i in range(6):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                out.append(("ok", i))
            finally:
                if i == 3:
                    break
                if i == 1:
                    continue
        except KeyError as e:
            out.append(("caught", e.args[0]))
    else:
        out.append("else")
    return out
print(f2())

def f3():
    # return in try overridden by return in finally
    for i in range(3):
        try:
            return "try"
        finally:
            if i == 0:
                continue
    return "after loop"
print(f3())

def f4():
    # exception swallowed by break in finally; sys.exc_info afterwards
    import sys
    while True:
        try:
            1 / 0
        finally:
            break
    return sys.exc_info()
print(f4())

def f5():
    log = []
    try:
        for i in range(3):
            try:
                try:
                    log.append(f"body{i}")
                    if i == 1:
                        return log
                finally:
                    log.append(f"inner-finally{i}")
            finally:
                log.append(f"outer-finally{i}")
    finally:
        log.append("func-finally")
print(f5())

def f6():
    # nested finally each returning
    try:
        try:
            raise RuntimeError("x")
        finally:
            return "inner"
    finally:
        print("outer finally runs")
print(f6())

def f7():
    # finally return overrides exception raised from except
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
        finally:
            pass
    except TypeError as e:
        ctx = e.__context__
        return repr(e), repr(ctx)
print(f7())

def f8(n):
    total = 0
    for i in range(n):
        for j in range(n):
            try:
                if j > i:
                    break
                total += j
            finally:
                total += 100
                if i == j == 2:
                    return total
    return total
print(f8(2), f8(4))

def f9():
    # continue in finally with pending exception discards it
    count = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            count += 1
            continue
    return count
print(f9())

def f10():
    # return value evaluated before finally, finally mutates
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = None
print(f10())

def f11():
    i = 0
    while i < 10:
        i += 1
        try:
            if i < 5:
                continue
            break
        finally:
            print("fin", i, end=";")
    print()
    return i
print(f11())
