class Secret:
    __hidden = 1
    __dunder__ = 2

    def __method(self, __arg):
        __local = __arg
        return self.__hidden, __local, __Secret_global

    def use(self):
        import __private_mod
        return __private_mod

    class __Inner:
        def m(self):
            __x = 1
            return lambda: __x


class _____:
    __kept = 1


def __module_level():
    __not_mangled = 1
    return __not_mangled
