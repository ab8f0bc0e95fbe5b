"""Fannkuch-redux (after pyperformance's bm_fannkuch).

Fixed work: permutations of N elements. Prints the checksum and the maximum flip count.
"""

N = 9


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    nperm = 0
    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            if nperm % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        else:
            if nperm % 2 == 0:
                checksum += 0
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return checksum, max_flips
        nperm += 1


def main():
    checksum, flips = fannkuch(N)
    print(checksum, flips)


main()
