data = [1, 2, 3]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in enumerate(data)}
gen = (x + 1 for x in data)


def in_function(n, items):
    scale = 2
    out = [x * scale for x in items if x < n]
    pairs = [(i, j) for i in range(n) for j in range(i)]
    return out, pairs, sum(x for x in range(n))


class InClass:
    base = 10
    # the outermost iterable is evaluated in the class scope; `base` inside the element is a
    # global lookup, not the class attribute
    values = [base + i for i in range(base)]
