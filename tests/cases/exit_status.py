# sys.exit with an integer status.
import sys
print("exiting")
sys.stdout.flush()
sys.exit(3)
