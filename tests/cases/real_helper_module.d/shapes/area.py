PI_APPROX = 3.14159


def area(kind, *dims):
    if kind == "circle":
        (r,) = dims
        return PI_APPROX * r * r
    if kind == "square":
        (s,) = dims
        return s * s
    if kind == "rect":
        w, h = dims
        return w * h
    raise ValueError(f"unknown shape {kind!r}")
