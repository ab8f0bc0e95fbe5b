def outer():
    x = 1
    y = 2

    class C:
        x = 10
        z = x + y

        def m(self):
            return x, y

        def n(self):
            global y
            return y

    return C


def nonlocal_in_class():
    v = 1

    class D:
        nonlocal v
        v = 2

    return v


class UsesClassName:
    def clone(self):
        return UsesClassName()

    def sup(self):
        return [super() for _ in range(1)]

    @property
    def prop(self):
        return lambda: __class__
