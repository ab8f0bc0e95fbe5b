# Exit statuses are taken modulo 256; SystemExit raised explicitly with a negative code.
import sys
def check(v):
    if v < 0:
        raise SystemExit(v)
    return v
print(check(5))
sys.stdout.write("partial line without newline")
check(-1)
