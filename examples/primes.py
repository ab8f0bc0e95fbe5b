"""Prime numbers — a small multi-function program compiled by heron.

Counts primes with a sieve and by trial division, checks they agree, and prints a few facts.
"""
import sys


def sieve(limit):
    """All primes below `limit` (sieve of Eratosthenes)."""
    if limit < 3:
        return []
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    n = 2
    while n * n < limit:
        if is_prime[n]:
            is_prime[n * n :: n] = [False] * len(range(n * n, limit, n))
        n += 1
    return [i for i, flag in enumerate(is_prime) if flag]


def is_prime(n):
    """Trial division by 2 and odd numbers up to the square root."""
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


def make_gap_tracker():
    """A closure remembering the previous prime and the largest gap seen so far."""
    previous = None
    best = (0, 0, 0)

    def track(p):
        nonlocal previous, best
        if previous is not None and p - previous > best[0]:
            best = (p - previous, previous, p)
        previous = p
        return best

    return track


def twin_primes(primes):
    present = set(primes)
    return [(p, p + 2) for p in primes if p + 2 in present]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show_factors(n):
    parts = [f"{p}^{e}" if e > 1 else f"{p}" for p, e in sorted(factors_of(n).items())]
    return f"{n:>15,} = {' * '.join(parts)}"


def factors_of(n):
    if n < 2:
        raise ValueError(f"cannot factorize {n!r}")
    return factorize(n)


def main(argv):
    try:
        limit = int(argv[1]) if len(argv) > 1 else 100_000
    except ValueError:
        print(f"usage: primes [LIMIT]  (LIMIT must be an integer, not {argv[1]!r})")
        return 2

    primes = sieve(limit)
    counted = count_primes(min(limit, 20_000))
    expected = len([p for p in primes if p < 20_000])
    assert counted == expected, (counted, expected)

    track = make_gap_tracker()
    for p in primes:
        gap = track(p)
    twins = twin_primes(primes)
    by_last_digit = {d: len([p for p in primes if p % 10 == d]) for d in (1, 3, 7, 9)}

    print(f"{len(primes)} primes below {limit:,}; the largest is {primes[-1]}")
    print(f"trial division agrees below 20,000: {counted} primes")
    print(f"largest gap: {gap[0]} (between {gap[1]} and {gap[2]})")
    print(f"{len(twins)} twin prime pairs, the last {twins[-1]}")
    print("last digits:", ", ".join([f"{d}: {c}" for d, c in sorted(by_last_digit.items())]))
    for n in (360, 2**16 + 1, 600_851_475_143, 1):
        try:
            print(show_factors(n))
        except ValueError as e:
            print(f"{n:>15}: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
