"""Spectral norm of an infinite matrix (after pyperformance's bm_spectral_norm).

Fixed work: N-sized approximation with 10 power iterations. Prints the norm as checksum.
"""

N = 300


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_A(i, j) * u[j]
        out.append(total)
    return out


def eval_At_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_A(j, i) * u[j]
        out.append(total)
    return out


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def main():
    u = [1.0] * N
    v = u
    for _ in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    print("%.9f" % ((vBv / vv) ** 0.5))


main()
