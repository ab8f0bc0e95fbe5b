def counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def outer(a):
    b = 2

    def middle():
        # `a` and `b` pass through `middle` on their way to `inner`.
        def inner():
            return a + b + len([])

        return inner

    return middle


def shadow(x):
    def f(x):
        return x

    def g():
        x = 3
        return x

    return f, g
