# traceback.format_exc() inside a handler shows the compiled frames.
import traceback
import sys
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    lines = [l for l in text.splitlines() if l.startswith("  File") or "Error" in l]
    for l in lines:
        print(l.replace(sys._getframe().f_code.co_filename, "FILE"))
    tb = sys.exc_info()[2]
    print([f.name for f in traceback.extract_tb(tb)])
