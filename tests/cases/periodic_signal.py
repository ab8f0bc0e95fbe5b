# A long native loop still sees signals (SIGALRM handler raising an exception).
import signal
class_ = None
def handler(signum, frame):
    raise TimeoutError("alarm")
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except TimeoutError as e:
    print("interrupted:", e, n > 0)
