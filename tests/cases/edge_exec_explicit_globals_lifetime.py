# exec/eval with explicit globals do not snapshot the caller's locals, so locals die when
# deleted (CPython builds its locals dict only for locals()/vars()/dir() without arguments and
# eval/exec without globals or with None).
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("deleted", self.name)


def with_globals():
    a = A("a")
    exec("pass", {})
    del a
    print("after del a")


def with_none_globals():
    b = A("b")
    print(eval("b.name", None))
    del b
    print("after del b")


def with_locals_mapping():
    c = A("c")
    print(eval("x + 1", {}, {"x": 41}))
    del c
    print("after del c")


with_globals()
with_none_globals()
with_locals_mapping()
