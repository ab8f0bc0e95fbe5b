# Exit status decided by except*: a SystemExit raised alone from a handler (all other parts handled) is raised as is and sets the exit status; SystemExit inside an unhandled rest stays wrapped in a BaseExceptionGroup and is not an exit request.
import sys


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return "%s(%r)" % (type(eg).__name__, str(eg))


def wrapped_exit():
    try:
        raise BaseExceptionGroup("b", [SystemExit(3), ValueError("v")])
    except* ValueError:
        print("handled the ValueError part")


try:
    wrapped_exit()
except BaseExceptionGroup as e:
    print("SystemExit stays in the rest:", describe(e))


def exit_plus_rest():
    try:
        raise ExceptionGroup("b", [KeyError("k"), ValueError("v")])
    except* ValueError:
        sys.exit(7)


try:
    exit_plus_rest()
except BaseExceptionGroup as e:
    print("SystemExit and the rest are grouped:", describe(e))


def stop():
    try:
        raise ExceptionGroup("b", [KeyError("k"), ValueError("v")])
    except* ValueError:
        print("exiting from the ValueError handler", flush=True)
        raise SystemExit(5)
    except* KeyError:
        print("KeyError part handled")
    finally:
        print("finally runs before the exit")


stop()
print("not reached")
