# Recursion-heavy code: memoized Fibonacci with a dict and a closure, permutations and
# subsets generated recursively, N-queens with backtracking, Towers of Hanoi, flood fill,
# Ackermann on small inputs, a recursive-descent JSON-ish pretty printer, mutual recursion,
# and RecursionError caught from a runaway function.
import sys


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def n_queens(n):
    solutions = []

    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(list(board))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, diag1 | {row - c}, diag2 | {row + c}, board)
            board.pop()

    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def flood(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0

    def fill(r, c):
        if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
            return 0
        grid[r][c] = new
        return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)

    return fill(r, c)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def show(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        inner = [f"{pad}  {k!r}: {show(v, indent + 1).lstrip()}" for k, v in sorted(value.items())]
        return pad + "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(value, list):
        return pad + "[" + ", ".join([show(v).strip() for v in value]) + "]"
    return pad + repr(value)


def depth(x):
    return 1 + max([depth(v) for v in x] + [0]) if isinstance(x, list) else 0


print("fib:", [fib(n) for n in range(15)], fib(200), len(fib.cache))
print("perms:", ["".join(p) for p in permutations("abc")], len(permutations(list(range(6)))))
print("subsets:", sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
for n in (4, 6, 8):
    sols = n_queens(n)
    print(f"{n}-queens: {len(sols)} solutions, first {sols[0] if sols else None}")
first = n_queens(6)[0]
for c in first:
    print("   " + " ".join(["Q" if i == c else "." for i in range(6)]))
moves = hanoi(4, "A", "C", "B", [])
print("hanoi(4):", len(moves), "moves; first five", moves[:5])
grid = [list(r) for r in ["..##.", ".#..#", "..#..", "##..."]]
print("flooded cells:", flood(grid, 0, 0, "o"), ["".join(r) for r in grid])
print("ackermann:", [ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
print("even/odd:", is_even(100), is_odd(77), is_even(7))
print(show({"name": "x", "tags": ["a", "b"], "nested": {"k": [1, [2, 3]], "e": {}}}))
print("depth:", depth([1, [2, [3, [4]], []]]))

def runaway(n):
    return runaway(n + 1) + 1

old = sys.getrecursionlimit()
sys.setrecursionlimit(400)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
finally:
    sys.setrecursionlimit(old)
print("deep but fine:", is_even(300))
