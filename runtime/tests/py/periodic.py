# Loop back-edge servicing: signals and GIL switching.
import threading, time

assert hrt.periodic(100000) is None

# Signals are checked in tests/launcher.rs, which runs in a process's main thread.

# Another thread makes progress while a native loop runs.
counter = 0
stop = False
def worker():
    global counter
    while not stop:
        counter += 1
t = threading.Thread(target=worker)
t.start()
time.sleep(0.01)
before = counter
hrt.spin(0.2)
during = counter - before
stop = True
t.join()
assert during > 1000, f"the worker thread starved during the native loop ({during} iterations)"
print("periodic: ok; worker iterations during native loop:", during)
