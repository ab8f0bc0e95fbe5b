# Augmented assignment on names, attributes-free containers, subscripts.
x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 8; x &= 27; x ^= 5
print(x)
f = 1.5
f /= 2
f += 0.25
print(f)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
d["b"] = 0
d["b"] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
s = "ab"
s *= 3
print(s)
