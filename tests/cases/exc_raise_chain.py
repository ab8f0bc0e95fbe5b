# raise, raise from, implicit chaining (__context__), bare re-raise.
def chained():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("converted")
try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
try:
    explicit()
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
try:
    suppressed()
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def reraiser():
    try:
        raise KeyError("again")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
class_ = IndexError
try:
    raise class_("via name")
except LookupError as e:
    print(type(e).__name__, e)
