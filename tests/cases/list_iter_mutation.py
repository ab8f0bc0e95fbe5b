# for over a list that grows, shrinks and is cleared while iterated; partly consumed list iterators.
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    if x == 3:
        l.pop(0)
    print(x, l)
it = iter([5, 6])
for x in it:
    print(x)
print(list(it), next(it, "done"))
l = [1, 2, 3]
it = iter(l)
next(it); l.clear()
print(list(it))
