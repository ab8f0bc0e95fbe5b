# Reading standard input: input() with prompts, sys.stdin iteration, EOFError, sorting with
# key functions, output on both streams.
# heron-test: stdin=3\nalice 30 paris\nbob 25 london\ncarol 35 berlin\n# comment line\ndave 25 rome\n\nEND
import sys
count = int(input("how many? "))
print()
people = []
for _ in range(count):
    name, age, city = input().split()
    people.append({"name": name, "age": int(age), "city": city})
rest = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith("#"):
        print("skipping", repr(line), file=sys.stderr)
        continue
    if line == "END":
        break
    rest.append(line)
print("rest:", rest)
for raw in rest:
    if raw.strip():
        name, age, city = raw.split()
        people.append({"name": name, "age": int(age), "city": city})
print([p["name"] for p in sorted(people, key=lambda p: (p["age"], p["name"]))])
print([p["name"] for p in sorted(people, key=lambda p: p["city"], reverse=True)])
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(sorted(by_age.items()))
print(max(people, key=lambda p: len(p["city"]))["city"], min(people, key=lambda p: p["age"])["name"])
try:
    input("prompt at eof: ")
except EOFError as e:
    print("EOFError", repr(str(e)))
print(repr(sys.stdin.read()), sys.stdin.readline() == "")
nums = [5, -3, 2, -8, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: -n), sorted(["b", "A", "c", "B"], key=str.lower))
words = ["pear", "fig", "apple", "kiwi", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (w[-1], len(w)), reverse=True)
print(words)
import functools
def cmp(a, b):
    return (a % 3 - b % 3) or (b - a)
print(sorted(range(10), key=functools.cmp_to_key(cmp)))
import operator
recs = [("x", 2, 9.5), ("y", 1, 3.5), ("z", 2, 1.0)]
print(sorted(recs, key=operator.itemgetter(1, 2)), sorted(recs, key=operator.itemgetter(2))[0][0])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sys.stdin.isatty(), sys.stdin.encoding)
