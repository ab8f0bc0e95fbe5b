# Integer arithmetic near machine-word boundaries, in loops and through variables
# (where a compiler might use unboxed fast paths).
M = 2 ** 63
def ops(a, b):
    out = [a + b, a - b, a * b, -a, abs(a), a << 1, a >> 1, a & b, a | b, a ^ b, ~a]
    if b:
        out += [a // b, a % b, divmod(a, b)]
    return out

for a, b in [(M - 1, 1), (-M, -1), (-M, 1), (M - 1, M - 1), (-M, -M), (2 ** 62, 2), (-(2 ** 62), 2),
             (2 ** 31, 2 ** 32), (-1, M), (3037000499, 3037000499), (3037000500, 3037000500), (-M, 0)]:
    print(a, b, ops(a, b))

def accumulate():
    x = 1
    steps = 0
    while x > 0 and steps < 100:
        x *= 3
        steps += 1
    return x > 2 ** 64, steps

print(accumulate())

def counter_past_word():
    i = M - 3
    seen = []
    while i < M + 3:
        seen.append(i - M)
        i += 1
    return seen, i
print(counter_past_word())

def neg_loop():
    i = -M + 2
    out = []
    for _ in range(4):
        i -= 1
        out.append(i + M)
    return out, i
print(neg_loop())

def shifts():
    out = []
    for s in (0, 1, 31, 32, 62, 63, 64, 65, 127, 200):
        out.append((1 << s, -1 << s, (1 << s) >> s, (M - 1) >> s, (-M) >> s))
    return out
for row in shifts():
    print(row)

def mul_chain(n):
    r = 1
    for i in range(1, n + 1):
        r = r * i
        r = r - i
    return r
print(mul_chain(30))

def floordiv_mod_signs():
    res = []
    for a in (-7, 7, -M, M - 1, 0):
        for b in (-3, 3, -1, 1, M - 1, -M):
            res.append((a // b, a % b))
    return res
print(floordiv_mod_signs())

def pow_small():
    return [x ** y for x in (-3, -2, 2, 3, 10) for y in (0, 1, 39, 40, 63, 64)]
print(pow_small())

def abs_neg():
    v = -M
    return abs(v), -v, -(-v), v * -1, v // -1, v - 1, v + -1
print(abs_neg())

def sum_loop(n):
    total = 0
    for i in range(n):
        total += i * i * i * i * i
    return total
print(sum_loop(20000))

def range_var_changes():
    n = 3
    out = []
    for i in range(n):
        n = 100           # does not affect the range
        i = i * 10        # does not affect the iteration
        out.append(i)
    return out, i, n
print(range_var_changes())

def range_edge():
    out = []
    for i in range(M - 2, M + 2):
        out.append(i - M)
    for i in range(-M, -M - 3, -1):
        out.append(i + M)
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(0):
        out.append("never")
    try:
        i
    except UnboundLocalError:
        pass
    return out, i
print(range_edge())

def empty_range_unbound():
    for k in range(0):
        pass
    try:
        return k
    except UnboundLocalError as e:
        return str(e)
print(empty_range_unbound())

def bool_arith():
    t, f = True, False
    return t + t, t * 5, t - f, t / 2, t // 1, -t, t << 3, t & 1, t | 2, t ^ t, type(t ^ t).__name__, type(t & f).__name__
print(bool_arith())

def compare_mixed():
    a = M
    return a == float(M), a - 1 == float(M - 1), a + 1 > float(M), (a - 1) < float(M), 2 ** 53 + 1 == 2 ** 53 + 1.0
print(compare_mixed())

def hash_vals():
    return hash(-1), hash(-2), hash(M), hash(-M), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.0), hash(1.5)
print(hash_vals())

def int_conversions():
    return int(True), int("-9223372036854775809"), int(-9.223372036854776e18), round(M * 1.0), float(M - 1)
print(int_conversions())
