# itertools for reporting and puzzles: groupby on sorted records, accumulate for running
# totals/maxima, chain and chain.from_iterable, product for a grid, permutations and
# combinations for small search problems, islice/count/cycle/repeat, zip_longest, pairwise,
# starmap, takewhile/dropwhile, compress, filterfalse and tee.
import itertools as it
import operator

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "east", 40), ("2024-03", "south", 130), ("2024-03", "north", 60),
    ("2024-03", "east", 75),
]

print("by month:")
for month, rows in it.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(f"  {month}: {len(rows)} rows, total {sum([r[2] for r in rows])}")
print("by region:")
for region, rows in it.groupby(sorted(sales, key=operator.itemgetter(1)), key=lambda r: r[1]):
    print(f"  {region:<6}", [r[2] for r in rows])

amounts = [r[2] for r in sales]
print("running total:", list(it.accumulate(amounts)))
print("running max:  ", list(it.accumulate(amounts, max)))
print("with initial: ", list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print("run-length:", [(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])

print("chain:", list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable([[1], [], [2, 3]])))
print("grid:", ["".join(p) for p in it.product("AB", "12", repeat=1)], len(list(it.product(range(3), repeat=4))))

# SEND + MORE style tiny puzzle: find digits with A + B == C, A*B == D among permutations
solutions = [p for p in it.permutations(range(1, 7), 4) if p[0] + p[1] == p[2] and p[0] * p[1] == p[3]]
print("puzzle:", solutions)
print("combinations:", list(it.combinations("ABCD", 2)))
print("with replacement:", ["".join(c) for c in it.combinations_with_replacement("xyz", 2)])
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 4) for c in it.combinations_with_replacement(coins, n) if sum(c) == 30]
print("ways to 30 with <=3 coins:", ways)

print("islice/count:", list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, None, 2)))
print("cycle:", list(it.islice(it.cycle("RGB"), 7)), list(it.repeat("x", 3)))
print("zip_longest:", list(it.zip_longest("abc", [1], fillvalue="-")))
print("pairwise diffs:", [b - a for a, b in it.pairwise(amounts)])
print("starmap:", list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("takewhile:", list(it.takewhile(lambda x: x < 100, amounts)), "dropwhile:", list(it.dropwhile(lambda x: x < 100, amounts)))
print("compress:", list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), "filterfalse:", list(it.filterfalse(str.isdigit, "a1b2c3")))
left, right = it.tee(iter([1, 2, 3]))
print("tee:", list(left), list(right))

def batched(iterable, n):
    source = iter(iterable)
    out = []
    while True:
        chunk = list(it.islice(source, n))
        if not chunk:
            return out
        out.append(tuple(chunk))

print("batched:", batched(range(10), 4))
flat = sorted(it.chain.from_iterable([[r[1]] * (r[2] // 40) for r in sales]))
print("weighted picks:", [(k, len(list(g))) for k, g in it.groupby(flat)])
counter = it.count()
labels = {name: next(counter) for name in ["zero", "one", "two"]}
print(labels, next(counter))
try:
    next(it.islice([], 1))
except StopIteration:
    print("StopIteration from empty islice")
print(list(it.product()), list(it.permutations([], 0)), list(it.combinations(range(3), 5)))
