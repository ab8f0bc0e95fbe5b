# Classes inside functions: closures, class-body scope rules, nonlocal, LOAD_CLASSDEREF cases.
def make_counter_class(start):
    step = 2

    class Counter:
        initial = start          # reads the enclosing function's local
        doubled = start * step

        def __init__(self):
            self.value = start   # methods close over the function scope, not the class

        def bump(self):
            nonlocal step
            step += 1
            self.value += step
            return self.value

    return Counter


C1 = make_counter_class(10)
C2 = make_counter_class(100)
c = C1()
print(C1.initial, C1.doubled, C2.initial, c.bump(), c.bump(), C1().bump(), C2().bump())
print(C1.__qualname__, C1 is not C2)


# class-body names are not visible in methods
x = "global x"


def scope_test():
    x = "function x"

    class K:
        x = "class x"

        def method(self):
            return x            # function x, skipping the class scope

        def method_cls(self):
            return self.x

        y = x                   # class x

    return K


K = scope_test()
print(K().method(), K().method_cls(), K.y)


class TopLevel:
    x = "class x"

    def method(self):
        return x                # the global


print(TopLevel().method())


# LOAD_CLASSDEREF: class body reading a free variable that it might also bind
def classderef():
    v = "closure"

    class A:
        try:
            seen_before = v     # v is class-local here: global lookup, not the closure
        except NameError as e:
            seen_before = "NameError: " + str(e)
        v = "class-local"
        seen_after = v          # now the class-local binding

    class A2:
        seen = v                # LOAD_CLASSDEREF: free variable read in the class body

        def m(self):
            return v

    class A3:
        locals()["v"] = "injected"   # namespace entry shadows the closure cell
        seen = v

        def m(self):
            return v

    class B:
        def get(self):
            return v            # closure, unaffected by A's binding

    return A, B, A2, A3


A, B, A2, A3 = classderef()
print(A.seen_before, A.seen_after, A.v, B().get())
print(A2.seen, A2().m(), A3.seen, A3().m(), A3.v)


def classderef_ns():
    name = "outer"

    class Meta(type):
        @classmethod
        def __prepare__(mcls, n, bases):
            return {"name": "from __prepare__"}

    class C(metaclass=Meta):
        got = name              # namespace has it -> the namespace wins

    class D:
        got = name

    return C.got, D.got


print(classderef_ns())


# nonlocal from inside a class body
def nonlocal_from_class():
    counter = 0

    class Incr:
        nonlocal counter
        counter += 1
        snapshot = counter

    class Incr2:
        nonlocal counter
        counter += 10

    return counter, Incr.snapshot, hasattr(Incr, "counter")


print(nonlocal_from_class())


# global in a class body
g_value = 1


class SetsGlobal:
    global g_value
    g_value = 2
    local_copy = g_value


print(g_value, SetsGlobal.local_copy, "g_value" in vars(SetsGlobal))


# nested classes within functions within classes
class Outer:
    tag = "outer-tag"

    def build(self, n):
        tag = f"local-{n}"

        class Inner:
            label = tag

            def show(self):
                return tag, n, __class__.__qualname__

        return Inner


I = Outer().build(3)
print(I.label, I().show(), I.__qualname__)


# closures capturing loop variables in class bodies created in a loop
classes = []
for i in range(3):
    class Loop:
        num = i

        def get(self):
            return i            # global i at call time

    classes.append(Loop)
print([k.num for k in classes], [k().get() for k in classes])


# a class body that defines a function using a name later deleted from the class
def deletion():
    temp = "closure temp"

    class Z:
        temp = "class temp"
        def m(self):
            return temp
        del temp

    return Z().m(), hasattr(Z, "temp")


print(deletion())


# class body reading a name that is unbound in the enclosing function
def unbound_case():
    class U:
        try:
            val = later
        except NameError as e:
            val = "NameError: " + str(e)
    later = 1
    return U.val


print(unbound_case())


# recursion: a function building class hierarchies
def chain(depth):
    if depth == 0:
        class Leaf:
            def path(self):
                return ["Leaf"]
        return Leaf
    Parent = chain(depth - 1)

    class Node(Parent):
        level = depth

        def path(self):
            return [f"Node{self.level}"] + super().path()

    return Node


N = chain(3)
print(N().path(), [k.__name__ for k in N.__mro__])
