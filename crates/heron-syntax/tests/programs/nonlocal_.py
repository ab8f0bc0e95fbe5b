def make():
    total = 0
    items = []

    def add(v):
        nonlocal total
        total = total + v
        items.append(v)

        def deeper():
            nonlocal total
            total -= 1
            return items

        return deeper

    return add


def two_levels():
    x = 1

    def mid():
        def leaf():
            nonlocal x
            x = 2

        leaf()
        return x

    return mid
