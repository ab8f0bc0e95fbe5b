"""N-queens by brute force over permutations (after pyperformance's bm_nqueens).

A pure-Python permutations generator (the algorithm of itertools.permutations) feeds every
arrangement of QUEENS queens, one per row and column, to a generator that keeps those whose
diagonals are all distinct, tested with set-building generator expressions.

Fixed work: ROUNDS complete solves of the QUEENS-queens puzzle. Prints the number of
solutions and a positional sum over them, which serve as the checksum.
"""

QUEENS = 8
ROUNDS = 7


def permutations(iterable, r=None):
    """Yield the r-length permutations of iterable in lexicographic index order."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[k] for k in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


def solve(queen_count):
    """Yield each placement (column of the queen in each row) that no two queens attack."""
    rows = range(queen_count)
    for vec in permutations(rows):
        if (queen_count == len(set(vec[i] + i for i in rows))
                == len(set(vec[i] - i for i in rows))):
            yield vec


def main():
    for _ in range(ROUNDS):
        solutions = list(solve(QUEENS))
    weighted = sum(sum((row + 1) * col for row, col in enumerate(vec)) for vec in solutions)
    print(len(solutions), weighted, solutions[0], solutions[-1])


main()
