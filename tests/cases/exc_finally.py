# finally with return/break/continue crossing it, and exceptions.
def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("x")
    finally:
        print("cleanup")
try:
    f4()
except ValueError as e:
    print("propagated", e)
def f5():
    try:
        raise ValueError("swallowed")
    finally:
        return "returned from finally"
print(f5())
def f6():
    x = []
    try:
        try:
            x.append(1)
            return x
        finally:
            x.append(2)
    finally:
        x.append(3)
print(f6())
def f7():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "broke out"
print(f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("fin f8")
print(f8())
