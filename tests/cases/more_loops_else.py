# while/for with else, break, continue, nested loops, loop variable after the loop.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        i = -1
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 0))
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while else ran, n =", n)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("after while True", n)
while False:
    print("never")
else:
    print("else of while False")
for i in []:
    pass
else:
    print("else of empty for")
# primes with nested for-else
primes = []
for cand in range(2, 40):
    for p in primes:
        if p * p > cand:
            primes.append(cand)
            break
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
# continue in else of inner loop / break out of outer via flag
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner completed for", i)
        continue
    print("inner broke at", i, j)
# modifying the loop variable and the iterated list
xs = [1, 2, 3]
for x in xs:
    x *= 10
print(xs, x)
out = []
for x in xs:
    if len(xs) < 6:
        xs.append(x + 100)
    out.append(x)
print(out)
# for over a dict while iterating keys; iterating a dict being modified raises
dd = {"a": 1, "b": 2}
try:
    for k in dd:
        dd[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
# loop targets can be anything assignable
Obj = type("Obj", (), {})
o = Obj()
store = {}
for o.attr in range(3):
    pass
for store["k"] in "abc":
    pass
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(o.attr, store, lst)
# range edge cases
print(list(range(10, 0, -3)), list(range(0)), list(range(-5, -1)), len(range(0, 100, 7)), range(5)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
# while with complex conditions and else after break inside try
count = 0
while count < 10 and not (count > 2 and count % 4 == 0):
    count += 1
else:
    print("while ended normally at", count)
def loop_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    else:
        print("no break")
    return i
print(loop_in_try())
# iterating over non-iterables
try:
    for q in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
Seq = type("Seq", (), {"__getitem__": lambda self, i: i * i if i < 4 else self.stop(i)})
def stop(self, i):
    raise IndexError(i)
Seq.stop = stop
print([v for v in Seq()])
total = 0
for a, b in zip(range(5), range(10, 0, -2)):
    total += a * b
print(total)
for i in range(3):
    i = 10
    print(i, end=" ")
print()
