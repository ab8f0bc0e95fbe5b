# Dynamic programming classics: longest common subsequence (with reconstruction), 0/1
# knapsack, Levenshtein edit distance with an alignment, coin change, longest increasing
# subsequence and matrix-chain multiplication order.
import bisect


def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]


def edit_distance(s, t):
    d = [[0] * (len(t) + 1) for _ in range(len(s) + 1)]
    for i in range(len(s) + 1):
        d[i][0] = i
    for j in range(len(t) + 1):
        d[0][j] = j
    for i in range(1, len(s) + 1):
        for j in range(1, len(t) + 1):
            cost = 0 if s[i - 1] == t[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    # walk back to produce an alignment
    i, j, top, bottom = len(s), len(t), [], []
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (s[i - 1] != t[j - 1]):
            top.append(s[i - 1]); bottom.append(t[j - 1]); i -= 1; j -= 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            top.append(s[i - 1]); bottom.append("-"); i -= 1
        else:
            top.append("-"); bottom.append(t[j - 1]); j -= 1
    return d[-1][-1], "".join(reversed(top)), "".join(reversed(bottom))


def coin_change(coins, amount):
    INF = float("inf")
    ways = [1] + [0] * amount
    fewest = [0] + [INF] * amount
    for coin in coins:
        for x in range(coin, amount + 1):
            ways[x] += ways[x - coin]
            fewest[x] = min(fewest[x], fewest[x - coin] + 1)
    return ways[amount], (fewest[amount] if fewest[amount] != INF else None)


def lis(seq):
    tails, idx, prev = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min([(cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k)
                              for k in range(i, j)])[0]
            split[i][j] = min([(cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k)
                               for k in range(i, j)])[1]

    def paren(i, j):
        if i == j:
            return f"M{i + 1}"
        k = split[i][j]
        return f"({paren(i, k)} x {paren(k + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("dynamic", "programming")]:
    r = lcs(a, b)
    print(f"LCS({a!r}, {b!r}) = {r!r} (len {len(r)})")

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
for cap in (0, 50, 100, 200, 400):
    print(f"knapsack cap={cap}:", knapsack(items, cap))

for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    dist, top, bottom = edit_distance(s, t)
    print(f"edit({s!r}, {t!r}) = {dist}\n    {top}\n    {bottom}")

for coins, amount in [((1, 2, 5), 11), ((2,), 3), ((1, 5, 10, 25), 100), ((3, 7), 0)]:
    print(f"coins {coins} -> {amount}: ways, fewest =", coin_change(coins, amount))

print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
print("LIS:", lis([]), lis([5, 4, 3]))
print("matrix chain:", matrix_chain([40, 20, 30, 10, 30]))
print("matrix chain:", matrix_chain([10, 20, 30, 40, 30, 5]))
