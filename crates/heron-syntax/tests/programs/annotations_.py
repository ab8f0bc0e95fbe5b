def f(x: OnlyInAnnotation, y: list[Other] = None) -> ReturnType:
    z: LocalAnnotation = 1
    return x, y, z


class C:
    attr: ClassAnnotation
    other: int = 3


def closure():
    T = int

    def inner(a: T) -> T:
        return a

    return inner


(parenthesized): int = 1
obj = C()
obj.attr: int = 2
