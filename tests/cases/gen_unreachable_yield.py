# Functions that are generators only because of a yield the code can never reach: `if False: yield`, `return` / `raise` before `yield`, yield after an infinite loop, yield in a finally block reached only by return/raise/break, and `while False: yield`.
import inspect

def if_false():
    if False:
        yield
    print("if_false body ran")
print(inspect.isgeneratorfunction(if_false), list(if_false()))

def if_zero():
    if 0:
        yield "never"
    return "if_zero result"
g = if_zero()
try:
    next(g)
except StopIteration as e:
    print("if_zero:", e.value)

def return_then_yield():
    return
    yield
print(list(return_then_yield()))

def return_value_then_yield():
    return "value"
    yield "never"
try:
    next(return_value_then_yield())
except StopIteration as e:
    print("return_value_then_yield:", e.value)

def raise_then_yield():
    raise LookupError("raised before any yield")
    yield
try:
    next(raise_then_yield())
except LookupError as e:
    print("raise_then_yield:", e)

def while_false():
    while False:
        yield "never"
    yield "after while False"
print(list(while_false()))

def yield_after_infinite_loop():
    n = 0
    while True:
        n += 1
        if n > 3:
            return n
    yield "never"
try:
    next(yield_after_infinite_loop())
except StopIteration as e:
    print("after infinite loop:", e.value)

def finally_after_return():
    try:
        return "from try"
    finally:
        yield "in finally"
g = finally_after_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("finally_after_return:", e.value)

def finally_after_raise():
    try:
        raise KeyError("k")
    finally:
        yield "finally while raising"
g = finally_after_raise()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("finally_after_raise:", repr(e))

def finally_after_break():
    for i in range(3):
        try:
            break
        finally:
            yield "finally on break %d" % i
    yield "loop left"
print(list(finally_after_break()))

def finally_after_continue():
    for i in range(2):
        try:
            continue
        finally:
            yield "finally on continue %d" % i
print(list(finally_after_continue()))

def yield_after_raise_in_except():
    try:
        raise ValueError("v")
    except ValueError:
        return "handled"
    yield "never"
try:
    next(yield_after_raise_in_except())
except StopIteration as e:
    print("yield_after_raise_in_except:", e.value)

def yield_from_unreachable():
    return "early"
    yield from range(3)
try:
    next(yield_from_unreachable())
except StopIteration as e:
    print("yield_from_unreachable:", e.value)

def unreachable_in_nested_block(flag):
    if flag:
        return "flag set"
        yield "never 1"
    else:
        yield "else branch"
        return "else done"
        yield "never 2"
print(list(unreachable_in_nested_block(False)))
try:
    next(unreachable_in_nested_block(True))
except StopIteration as e:
    print("nested:", e.value)

lam = lambda: (yield) if False else "lambda value"
try:
    next(lam())
except StopIteration as e:
    print("lambda:", e.value, inspect.isgeneratorfunction(lam))
