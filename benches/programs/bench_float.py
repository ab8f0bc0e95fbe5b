"""Float benchmark (after pyperformance's bm_float).

An artificial, floating-point-heavy benchmark originally used by Factor: builds POINTS
Point objects (with __slots__) from sin/cos, normalizes each and folds them with an
element-wise maximum.

Fixed work: ROUNDS runs of benchmark(POINTS). Prints the maximized point of the last
round and a sum over all rounds as the checksum.
"""

from math import sin, cos, sqrt

POINTS = 100000
ROUNDS = 15


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    total = 0.0
    result = None
    for _ in range(ROUNDS):
        result = benchmark(POINTS)
        total += result.x + result.y + result.z
    print(result)
    print(total)


main()
