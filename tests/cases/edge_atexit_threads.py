# atexit handlers, stdout redirection, a non-daemon thread finishing after the main code, sys.exit code.
import atexit, sys, io
def bye(tag):
    print("atexit", tag)
atexit.register(bye, "first")
atexit.register(bye, "second")
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured")
sys.stdout = old
print("buffer had", repr(buf.getvalue()))
print("to stderr", file=sys.stderr)
import threading
def worker():
    import time
    time.sleep(0.2)
    print("worker done")
threading.Thread(target=worker).start()
print("main exiting")
sys.exit(3)
