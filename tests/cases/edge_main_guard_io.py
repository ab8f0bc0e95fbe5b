# __name__ guard, sys.argv, stdin reading to EOF (input() raising EOFError), sys.exit(main()).
# heron-test: args=alpha --beta 3
# heron-test: stdin=first line\n  second  \n\nlast-no-newline
import sys

def main(argv):
    print("args:", argv[1:])
    lines = []
    while True:
        try:
            line = input()
        except EOFError as e:
            print("EOFError:", repr(e))
            break
        lines.append(line)
    print("lines:", lines)
    try:
        input()
    except EOFError:
        print("EOF again")
    print("stdin closed?", sys.stdin.closed, repr(sys.stdin.read()))
    print("is main:", __name__ == "__main__")
    return len(lines)

if __name__ == "__main__":
    sys.exit(main(sys.argv))
else:
    code = main(sys.argv)
    print("imported; would exit with", code)
