# Matrix operations on nested lists: multiplication, transpose, identity, exact determinant
# and inverse with fractions.Fraction (Gauss-Jordan), solving a linear system, matrix power
# by squaring (Fibonacci), and a pretty printer. Shape errors raise ValueError.
from fractions import Fraction


def shape(m):
    return (len(m), len(m[0]) if m else 0)


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    (n, k), (k2, p) = shape(a), shape(b)
    if k != k2:
        raise ValueError(f"cannot multiply {n}x{k} by {k2}x{p}")
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]


def add(a, b):
    if shape(a) != shape(b):
        raise ValueError(f"shape mismatch {shape(a)} vs {shape(b)}")
    return [[x + y for x, y in zip(r, s)] for r, s in zip(a, b)]


def scale(a, k):
    return [[k * x for x in row] for row in a]


def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def gauss_jordan(m):
    """Returns (determinant, inverse or None)."""
    n = len(m)
    if any([len(row) != n for row in m]):
        raise ValueError("matrix must be square")
    aug = [[Fraction(x) for x in row] + [Fraction(v) for v in ident] for row, ident in zip(m, identity(n))]
    det = Fraction(1)
    for col in range(n):
        pivot = next(iter([r for r in range(col, n) if aug[r][col] != 0]), None)
        if pivot is None:
            return Fraction(0), None
        if pivot != col:
            aug[col], aug[pivot] = aug[pivot], aug[col]
            det = -det
        p = aug[col][col]
        det *= p
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return det, [row[n:] for row in aug]


def fmt(m, title):
    cells = [[str(x) for x in row] for row in m]
    width = max([len(c) for row in cells for c in row] + [1])
    print(f"{title} ({shape(m)[0]}x{shape(m)[1]}):")
    for row in cells:
        print("  [" + " ".join([c.rjust(width) for c in row]) + "]")


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
fmt(A, "A")
fmt(B, "B")
fmt(transpose(B), "B^T")
fmt(matmul(A, B), "A*B")
fmt(add(A, scale(identity(3), 10)), "A+10I")
det, inv = gauss_jordan(A)
print("det(A) =", det)
fmt(inv, "inv(A)")
fmt(matmul(A, inv), "A*inv(A)")
print("A*inv(A) == I:", matmul(A, inv) == identity(3))

# Solve A x = b exactly.
b = [[1], [0], [1]]
x = matmul(inv, b)
print("x =", [str(v[0]) for v in x])

S = [[1, 2], [2, 4]]
print("singular:", gauss_jordan(S))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print("2x2 rotation^4:", matpow([[0, -1], [1, 0]], 4))

for bad in [lambda: matmul(B, B), lambda: add(A, B), lambda: gauss_jordan(B)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
d, hinv = gauss_jordan(H)
print("det(Hilbert4) =", d)
print("inv(Hilbert4) row sums:", [sum(r) for r in hinv])
print("trace:", sum([A[i][i] for i in range(3)]), "frobenius^2:", sum([x * x for row in A for x in row]))
