# Lists, tuples, dicts and sets: methods and operations.
lst = [3, 1, 2]
lst.append(4); lst.extend([5]); lst.insert(0, 0); lst.remove(3)
print(lst, lst.pop(), lst.index(2), lst.count(1), len(lst))
lst.sort(); print(lst); lst.reverse(); print(lst)
print(lst * 2, lst + [9], [0] * 3, lst[:])
t = (1, 2, 3)
print(t + (4,), t * 2, t.index(2), t.count(1), t[1:], (1,) < (2,))
d = {"a": 1, "b": 2}
d.update(c=3)
print(d, d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("a"), sorted(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print({**d, "f": 6}, dict.fromkeys("xy", 0), "b" in d, len(d))
s = {1, 2, 3}
s.add(4); s.discard(1)
print(s, s | {9}, s & {2, 3}, s - {2}, s ^ {3, 10}, {1, 2} <= {1, 2, 3})
print(frozenset([1, 2]), set(), {}, [], ())
nested = {"k": [1, {"x": (1, 2)}]}
print(nested["k"][1]["x"][1])
