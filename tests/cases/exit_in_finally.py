# SystemExit passes through finally blocks; exit(0) is success.
import sys
def main():
    try:
        sys.exit(0)
    finally:
        print("finally runs")
main()
print("not reached")
