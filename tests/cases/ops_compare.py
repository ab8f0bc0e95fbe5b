# Comparisons, chained comparisons, identity and membership.
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, 1 < 2.5 <= 2.5)
print(a is a, a is not b, None is None, [] is [])
print(2 in [1, 2, 3], 5 not in {1, 2}, "b" in "abc", 1 in {1: 2})
print([1, 2] < [1, 3], (1, 2) == (1, 2), "abc" < "abd", {1} < {1, 2})
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 != 6)

def side(v):
    print("eval", v)
    return v

print(side(1) < side(2) < side(0) < side(5))
print(1 == 1.0, 1 != 1.0, float("nan") == float("nan"))
