from os import *


def deco(f):
    return f


class Meta(type):
    pass


def outer(p, q=[i for i in range(3)]):
    fv = 1
    other = 2

    @deco
    class K(metaclass=Meta):
        global gname
        gname = fv
        try:
            pass
        except Exception as caught:
            pass
        import json as js
        ann: other = 3

        def method(self, arg=[fv for _ in range(2)]):
            def nested():
                return super(), __class__

            lam = lambda: super()
            comp = [super() for _ in range(1)]
            return nested, lam, comp, gname, p

        class Deeper:
            def m(self):
                return fv, other, Deeper

    def sibling():
        return lambda: [(w := k) for k in range(fv)]

    return K, sibling


class ExplicitClassCell:
    __class__ = "shadow"

    def m(self):
        return super()


module_comp = [super for _ in range(1)]


def deep():
    a = 1

    def l1():
        def l2():
            class Mid:
                def l3(self):
                    return a

            return Mid

        return l2

    return l1


def walrus_in_lambda():
    return lambda: [y := 1 for _ in ""]


def walrus_global_nested():
    global wg
    return [[(wg := j) for j in range(i)] for i in range(3)]


class WalrusAtClassLevel:
    if (v := 3):
        pass


def capture_match(obj):
    match obj:
        case [a, *rest]:
            return lambda: (a, rest)
    return None


async def async_methods():
    class A:
        async def m(self, src):
            return [x async for x in src], [await y for y in src]

    return A
