"""Compiled by tests/tests/leaks.rs and called thousands of times to find reference leaks.

`work(sentinel)` exercises many constructs and passes `sentinel` through most of them, so a
lost reference shows up in `sys.getrefcount(sentinel)`; leaked objects show up in
`gc.get_objects()` or in tracemalloc's count of allocated memory.
"""
import contextlib

COUNTER = 0


def helper(a, b=2, *args, key=None, **kwargs):
    return (a, b, args, key, kwargs)


def make_adder(n):
    def add(x):
        return x + n

    return add


def raiser(obj):
    raise ValueError(obj)


def loops(sentinel, items):
    total = 0
    for i, item in enumerate(items):
        if item is sentinel:
            continue
        total += i
    else:
        total += 1
    while total < 100:
        total *= 2
        if total > 50:
            break
    return total


def exceptions(sentinel):
    try:
        raiser(sentinel)
    except ValueError as e:
        caught = e.args[0] is sentinel
    try:
        {}["missing"]
    except KeyError:
        pass
    finally:
        caught = caught and True
    try:
        try:
            raise TypeError(sentinel)
        except TypeError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as e:
        chained = type(e.__cause__).__name__
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            caught = caught and i < 3
    try:
        [].pop()
    except (KeyError, IndexError) as e:
        message = str(e)
    return caught, chained, message


def work(sentinel):
    global COUNTER
    items = [sentinel, 1, "two", 3.0, (4, 5)]
    total = loops(sentinel, items)
    caught, chained, message = exceptions(sentinel)
    add = make_adder(total)
    squares = [add(x) * x for x in range(10) if x % 2]
    mapping = {str(k): [sentinel, k] for k in range(5)}
    unique = {x % 3 for x in range(10)}
    a, *rest, b = range(6)
    (p, q), r = (sentinel, 2), 3
    text = f"{total:>8} {a!r} {b:x} {len(rest)} {p is sentinel} {q}{r} {sentinel is not None}"
    call = helper(1, 3, 4, 5, key=sentinel, extra=sentinel, **{"more": 1})
    call2 = helper(*items, **{"key": 2})
    with contextlib.nullcontext(sentinel) as s, contextlib.suppress(ZeroDivisionError):
        1 / 0
    big = 10**30 + total
    pair = (lambda y, z=sentinel: (y, z is sentinel))(total)
    COUNTER += 1
    lst = list(range(20))
    del lst[::2]
    lst[1:3] = [sentinel]
    lst.remove(sentinel)
    s2 = ("abc" * 3)[1:-1].upper()
    d = dict(mapping)
    d.pop("1")
    del d["2"]
    n = (total := total + 1) if caught else 0
    return (
        total,
        caught,
        chained,
        message,
        squares,
        len(mapping),
        sorted(unique),
        text,
        call[2],
        len(call[4]),
        call2[3],
        s is sentinel,
        big % 97,
        pair,
        lst,
        s2,
        sorted(d),
        n,
    )
