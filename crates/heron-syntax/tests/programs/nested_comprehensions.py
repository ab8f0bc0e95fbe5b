matrix = [[1, 2], [3, 4]]
flat = [v for row in matrix for v in row]
transposed = [[row[i] for row in matrix] for i in range(2)]


def f(grid, k):
    return {
        r: [c * k for c in grid[r] if c > r]
        for r in range(len(grid))
    }


def g(xs):
    return [[y for y in range(x)] for x in xs if [z for z in xs if z > x]]


def h(xs):
    return list(list(a + b for b in xs) for a in xs)
