# Assignment expressions.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
def f():
    if (z := 5):
        return z + 1
print(f())
