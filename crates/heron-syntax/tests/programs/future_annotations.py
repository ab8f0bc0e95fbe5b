from __future__ import annotations


def f(x: OnlyInAnnotation, y: list[Other] = None) -> ReturnType:
    z: LocalAnnotation = 1
    w: OnlyDeclared
    return x, y, z


class C:
    attr: ClassAnnotation
    other: int = 3

    def m(self) -> C:
        return self


def closure():
    T = int

    def inner(a: T) -> T:
        return a

    return inner
