# A generator with 40+ locals, long loops, yields at several nesting depths, while/else and for/else.


def big(seed, rounds):
    v00 = seed * 1 + 0
    v01 = seed * 2 + 7
    v02 = seed * 3 + 1
    v03 = seed * 4 + 8
    v04 = seed * 5 + 2
    v05 = seed * 6 + 9
    v06 = seed * 7 + 3
    v07 = seed * 8 + 10
    v08 = seed * 9 + 4
    v09 = seed * 10 + 11
    v10 = seed * 11 + 5
    v11 = seed * 12 + 12
    v12 = seed * 13 + 6
    v13 = seed * 14 + 0
    v14 = seed * 15 + 7
    v15 = seed * 16 + 1
    v16 = seed * 17 + 8
    v17 = seed * 18 + 2
    v18 = seed * 19 + 9
    v19 = seed * 20 + 3
    v20 = seed * 21 + 10
    v21 = seed * 22 + 4
    v22 = seed * 23 + 11
    v23 = seed * 24 + 5
    v24 = seed * 25 + 12
    v25 = seed * 26 + 6
    v26 = seed * 27 + 0
    v27 = seed * 28 + 7
    v28 = seed * 29 + 1
    v29 = seed * 30 + 8
    v30 = seed * 31 + 2
    v31 = seed * 32 + 9
    v32 = seed * 33 + 3
    v33 = seed * 34 + 10
    v34 = seed * 35 + 4
    v35 = seed * 36 + 11
    v36 = seed * 37 + 5
    v37 = seed * 38 + 12
    v38 = seed * 39 + 6
    v39 = seed * 40 + 0
    v40 = seed * 41 + 7
    v41 = seed * 42 + 1
    v42 = seed * 43 + 8
    v43 = seed * 44 + 2
    label = 'start'
    yield label, sum((v00, v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43))
    for r in range(rounds):
        v00 = (v00 + v01 * 1 + r) % 1000003
        v01 = (v01 + v02 * 2 + r) % 1000003
        v02 = (v02 + v03 * 3 + r) % 1000003
        v03 = (v03 + v04 * 4 + r) % 1000003
        v04 = (v04 + v05 * 5 + r) % 1000003
        v05 = (v05 + v06 * 1 + r) % 1000003
        v06 = (v06 + v07 * 2 + r) % 1000003
        v07 = (v07 + v08 * 3 + r) % 1000003
        v08 = (v08 + v09 * 4 + r) % 1000003
        v09 = (v09 + v10 * 5 + r) % 1000003
        v10 = (v10 + v11 * 1 + r) % 1000003
        v11 = (v11 + v12 * 2 + r) % 1000003
        v12 = (v12 + v13 * 3 + r) % 1000003
        v13 = (v13 + v14 * 4 + r) % 1000003
        v14 = (v14 + v15 * 5 + r) % 1000003
        v15 = (v15 + v16 * 1 + r) % 1000003
        v16 = (v16 + v17 * 2 + r) % 1000003
        v17 = (v17 + v18 * 3 + r) % 1000003
        v18 = (v18 + v19 * 4 + r) % 1000003
        v19 = (v19 + v20 * 5 + r) % 1000003
        v20 = (v20 + v21 * 1 + r) % 1000003
        v21 = (v21 + v22 * 2 + r) % 1000003
        v22 = (v22 + v23 * 3 + r) % 1000003
        v23 = (v23 + v24 * 4 + r) % 1000003
        v24 = (v24 + v25 * 5 + r) % 1000003
        v25 = (v25 + v26 * 1 + r) % 1000003
        v26 = (v26 + v27 * 2 + r) % 1000003
        v27 = (v27 + v28 * 3 + r) % 1000003
        v28 = (v28 + v29 * 4 + r) % 1000003
        v29 = (v29 + v30 * 5 + r) % 1000003
        v30 = (v30 + v31 * 1 + r) % 1000003
        v31 = (v31 + v32 * 2 + r) % 1000003
        v32 = (v32 + v33 * 3 + r) % 1000003
        v33 = (v33 + v34 * 4 + r) % 1000003
        v34 = (v34 + v35 * 5 + r) % 1000003
        v35 = (v35 + v36 * 1 + r) % 1000003
        v36 = (v36 + v37 * 2 + r) % 1000003
        v37 = (v37 + v38 * 3 + r) % 1000003
        v38 = (v38 + v39 * 4 + r) % 1000003
        v39 = (v39 + v40 * 5 + r) % 1000003
        v40 = (v40 + v41 * 1 + r) % 1000003
        v41 = (v41 + v42 * 2 + r) % 1000003
        v42 = (v42 + v43 * 3 + r) % 1000003
        v43 = (v43 + v00 * 4 + r) % 1000003
        if r % 50 == 0:
            yield 'round', r, v00 ^ v01 ^ v02 ^ v03 ^ v04 ^ v05 ^ v06 ^ v07 ^ v08 ^ v09 ^ v10 ^ v11 ^ v12 ^ v13 ^ v14 ^ v15 ^ v16 ^ v17 ^ v18 ^ v19 ^ v20 ^ v21
        for k in range(3):
            if (r + k) % 97 == 0:
                while k < 5:
                    k += 1
                    if k == 4:
                        yield 'deep', r, k, v00 + v43
                else:
                    yield 'while-else', r, k
    else:
        yield 'for-else', v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 + v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39 + v40 + v41 + v42 + v43
    label = 'end'
    yield label, [v00, v07, v14, v21, v28, v35, v42]


for item in big(3, 400):
    print(item)
print(sum(1 for _ in big(1, 1000)), max(x[1] for x in big(2, 300) if x[0] == "round"))


def searcher(grid, targets):
    """Yields from inside nested for/else and while/else with break/continue."""
    found = 0
    for t in targets:
        for row_index, row in enumerate(grid):
            col = 0
            while col < len(row):
                if row[col] == t:
                    yield ("found", t, row_index, col)
                    found += 1
                    break
                col += 1
            else:
                yield ("not in row", t, row_index)
                continue
            break
        else:
            yield ("missing", t)
    yield ("total", found)


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for event in searcher(grid, [5, 10, 1, 9]):
    print(event)


def levels(n):
    """Yields at depths 1..4 with try/finally around the inner ones."""
    total = 0
    for a in range(n):
        yield ("a", a)
        for b in range(a):
            try:
                if (a + b) % 2:
                    yield ("b", a, b)
                for c in range(b):
                    while c < b:
                        total += a * b * c
                        if total % 3 == 0:
                            yield ("c", a, b, c, total)
                        c += 2
            finally:
                total += 1
    yield ("total", total)


for item in levels(6):
    print(item)
print(list(levels(40))[-1], sum(1 for _ in levels(40)))


def many_params(a, b, c=3, *args, d, e=5, **kw):
    x1 = a + b
    x2 = x1 * c
    for i, extra in enumerate(args):
        x1 += extra
        yield ("arg", i, extra, x1)
    for key in sorted(kw):
        x2 -= kw[key]
        yield ("kw", key, x2)
    yield ("final", a, b, c, d, e, x1, x2, len(args), len(kw))


print(list(many_params(1, 2, 4, 10, 20, d=7, z=1, y=2)))
print(list(many_params(1, 2, d=0)))
