# Dict/set comprehension duplicate keys ordering; is vs == on runtime-built values;
# modifying containers while iterating.
d = {k % 3: k for k in range(10)}
print(d, list(d))
d = {s.lower(): s for s in ["B", "a", "b", "A", "c"]}
print(d)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {True: "bool", 1: "int"}
print(d)
print({**{"a": 1, "b": 2}, "a": 3}, dict([("x", 1), ("y", 2), ("x", 3)]))
s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
log = []
def k(x):
    log.append(("k", x)); return x % 2
def v(x):
    log.append(("v", x)); return x
d = {k(x): v(x) for x in range(4)}
print(d, log)
log.clear()
d = {k(1): v("a"), k(3): v("b")}
print(d, log)
print({1: 1, 1.0: 2}[True], {0: "zero"}.get(-0.0), {(1, 2): 3}[(1.0, 2.0)])

# is vs == on run-time built values (only facts that are guaranteed)
a = "".join(["ab", "c"])
b = "abc"
print(a == b, type(a) is type(b), None is None, [] is not [], (a is b) in (True, False))
l1 = [1, 2]; l2 = l1; l3 = list(l1)
print(l1 is l2, l1 is l3, l1 == l3)

# modifying a list while iterating (deterministic)
nums = list(range(10))
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3]
out = []
for n in nums:
    out.append(n)
    if len(nums) < 6:
        nums.append(n * 10)
print(out, nums)
nums = list(range(6))
for i, n in enumerate(nums):
    del nums[i]
print(nums)
# dict size change error
dd = {1: 1, 2: 2}
try:
    for key in dd:
        dd[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
dd = {1: 1, 2: 2}
for key in dd:
    dd[key] = key * 100   # value change is fine
print(dd)
ss = {1, 2, 3}
try:
    for x in ss:
        ss.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
dd = {1: 1, 2: 2}
try:
    for key in dd:
        del dd[key]
        dd[key] = 0     # same size, changed keys
except RuntimeError as e:
    print("RuntimeError:", e)
print(dd)
# list iterator after clear
nums = [1, 2, 3]
it = iter(nums)
next(it)
nums.clear()
print(list(it))
nums = [1, 2, 3]
it = iter(nums)
print(next(it))
nums[:] = [9, 8, 7, 6]
print(list(it))
# dict preserves insertion order after deletions and re-insertions
od = {}
for ch in "hello world":
    od[ch] = od.get(ch, 0) + 1
del od["l"]
od["l"] = 0
print(od, list(od.items())[-2:])
print(list(reversed(od))[:3], list(reversed(od.values()))[:3])
# sets of mixed equal numbers keep first inserted
print({1, 1.0, True}, {True, 1, 1.0}, {0.0, 0, False, -0.0})
# dict views
dk = {"a": 1, "b": 2}.keys()
print(dk & {"a", "z"}, dk | {"q"} == {"a", "b", "q"}, dk - {"a"}, {"a": 1}.items() <= {"a": 1, "b": 2}.items())
