# Unpacking when assigning a target mutates the source sequence (items must be read first).
lst = [[1], [2], [3]]
def setter(s, k, v):
    print('set', k, v)
    lst.clear()
    lst.append("junk")
Sink = type('Sink', (), {'__setitem__': setter})
s = Sink()
s[0], s[1], s[2] = lst
print(lst)
lst = [[1], [2], [3]]
s[0], *s[1] = lst
def f():
    global lst
    lst = [[1.5 * 2], [2], [3]]
    a, b, c = lst
    print(a, b, c)
    l = [1, 2]
    l[1], l[0] = l
    print(l)
    l = [1, 2, 3]
    l[0], *l[1:] = l
    print(l)
    l = [1, 2]
    i, l[i - 1] = l
    print(l, i)
    t = ([1], [2])
    s[0], s[1] = t
    d = {"a": 1}
    x, y = d.popitem()
    print(x, y)
f()
