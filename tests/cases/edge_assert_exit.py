# assert with side-effecting messages; KeyboardInterrupt raised manually and caught;
# SystemExit caught and re-raised with a different code; sys.exit() inside finally.
import sys
log = []
def msg(m):
    log.append(m)
    return m
assert True, msg("never evaluated")
try:
    assert 1 == 2, msg("evaluated once")
except AssertionError as e:
    print("AssertionError", e.args, log)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(repr(e), e.args[0] is not None)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 0, None
except AssertionError as e:
    print(repr(e), e.args)
def raising_msg():
    raise KeyError("from message")
try:
    assert False, raising_msg()
except KeyError as e:
    print("message raised:", e)
try:
    t = (False, "tuple is truthy")
    assert t
    print("tuple assert passed")
except AssertionError:
    print("no")
x = 0
def inc():
    global x
    x += 1
    return x
assert inc() and inc(), msg("x")
print("x =", x)
AssertionError_ = AssertionError
def shadowed():
    AssertionError = ValueError   # local shadowing must not affect assert
    try:
        assert False, "shadow"
    except ValueError:
        return "caught ValueError?!"
    except AssertionError_ as e:
        return "caught real AssertionError: " + str(e)
print(shadowed())

try:
    raise KeyboardInterrupt
except Exception:
    print("wrong: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
try:
    try:
        raise KeyboardInterrupt("manual")
    finally:
        print("finally during KeyboardInterrupt")
except KeyboardInterrupt as e:
    print("outer caught", repr(e))

try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("SystemExit code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("SystemExit code", repr(e.code))
try:
    exit(7)
except SystemExit as e:
    print("exit() code", e.code)

def work():
    try:
        try:
            sys.exit(4)
        except SystemExit as e:
            print("re-raising with", e.code + 1)
            raise SystemExit(e.code + 1) from e
    finally:
        print("work finally")

def main():
    try:
        work()
    except SystemExit as e:
        print("main saw", e.code, "cause", repr(e.__cause__))
    for i in range(3):
        try:
            print("loop", i)
        finally:
            if i == 1:
                sys.stdout.flush()
                sys.exit(i + 41)
    print("unreachable")
main()
