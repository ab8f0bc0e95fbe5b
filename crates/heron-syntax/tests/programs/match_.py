def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return x
        case [first, *rest]:
            return first, rest
        case {"kind": kind, **others}:
            return kind, others
        case Point(x=px, y=py) as whole if px > py:
            return whole
        case str() | bytes() as text:
            return text
        case _:
            return None


class Point:
    x = 0
    y = 0
