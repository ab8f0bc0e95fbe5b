# Subscripts and slices, reads, writes and deletes.
lst = list(range(10))
print(lst[0], lst[-1], lst[2:5], lst[:3], lst[7:], lst[::3], lst[::-1], lst[-3:-1])
lst[2:4] = ["a", "b", "c"]
print(lst)
del lst[0]
del lst[::2]
print(lst)
lst[1] = 99
print(lst)
s = "abcdefgh"
print(s[1:6:2], s[slice(2, None)], s[-100:100])
d = {}
d[1, 2] = "tuple key"
print(d[(1, 2)], d)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
try:
    lst[100]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
