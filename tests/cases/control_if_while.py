# if/elif/else, while with else, break and continue.
for n in range(-2, 4):
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n == 1:
        pass
    else:
        print(n, "big")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("no break")
j = 0
while j < 3:
    j += 1
else:
    print("while else ran", j)
while True:
    break
print("done")
