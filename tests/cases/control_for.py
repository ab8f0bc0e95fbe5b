# for loops over various iterables, else, nested break/continue.
for ch in "abc":
    print(ch, end=" ")
print()
for i, v in enumerate([10, 20, 30]):
    print(i, v)
for k in {"x": 1, "y": 2}:
    print(k)
for a, b in zip(range(3), "xyz"):
    print(a, b)
for x in []:
    print("never")
else:
    print("empty else")
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j, end="; ")
else:
    print()
total = 0
for i in range(1000):
    total += i * i
print(total)
for x in range(3):
    pass
print("x after loop", x)
