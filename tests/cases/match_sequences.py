# Sequence patterns: which subjects count as sequences (list, tuple, range, deque, array,
# memoryview, registered collections.abc.Sequence), str/bytes/bytearray never matching, a star
# in every position, nesting, length mismatches, and the exact __len__/__getitem__/__iter__ call
# order on a logging sequence ([x, *_, y] indexes, [x, *rest, y] iterates).
import array
import collections
import collections.abc

class LogSeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        print("  len")
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]
    def __iter__(self):
        print("  iter")
        return iter(self.items)

class Reg:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [k * 10 for k in range(self.n)][i]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return (i % self.n) * 10
collections.abc.Sequence.register(Reg)

class NotSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [*init, 0]:
            return f"ends-zero init={init}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [1, *mid, 9]:
            return f"1..9 mid={mid}"
        case [(a, b), *_, [c, [d, *e]]]:
            return f"nested {a} {b} {c} {d} {e}"
        case [a, b, *rest]:
            return f"many {a!r} {b!r} rest={rest!r}"
        case _:
            return "not a sequence"

subjects = [[], (), [5], (6,), range(0), range(1), range(3), range(2, 6), [3, 4, 0], (1, 2, 3, 9),
            [(1, 2), 7, [8, [9, 10, 11]]], [(1, 2), [3, [4]]], collections.deque([1, 9]),
            collections.deque([7, 8, 9, 10]), array.array("i", [4, 0]), array.array("b", [1, 5, 9]),
            memoryview(b"ab"), Reg(0), Reg(1), Reg(4), NotSeq(), "", "a", "abc", b"", b"xy",
            bytearray(b"q"), bytearray(b"1234"), {1: 2}, {1, 2}, iter([1, 2]), None, 42]
for s in subjects:
    print(type(s).__name__, "->", shape(s))

print("-- star positions")
for s in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]:
    match s:
        case [*a]:
            print("all", a, type(a).__name__)
    match tuple(s):
        case [*a, b]:
            print("last", a, b)
    match s:
        case [a, *b, c, d]:
            print("mid", a, b, c, d)
        case _:
            print("mid: too short", len(s))
    match s:
        case [a, b, *c]:
            print("tail", a, b, c)
        case _:
            print("tail: too short", len(s))

print("-- call order, [x, *_, y]")
match LogSeq(1, 2, 3, 4):
    case [x, *_, y]:
        print("got", x, y)
print("-- call order, [x, *rest, y]")
match LogSeq(1, 2, 3, 4):
    case [x, *rest, y]:
        print("got", x, rest, y)
print("-- call order, fixed length then fallthrough")
match LogSeq(1, 2, 3):
    case [a, b]:
        print("two")
    case [a, 5, c]:
        print("a5c")
    case [a, b, c] if b > 100:
        print("guarded")
    case (a, b, c):
        print("three", a, b, c)
print("-- call order, [*_]")
match LogSeq(1):
    case [*_]:
        print("any seq")
print("-- call order, [*_, last]")
match LogSeq(1, 2, 3):
    case [*_, last]:
        print("last", last)
print("-- call order, [first, *_]")
match LogSeq(7, 8):
    case [first, *_]:
        print("first", first)
print("-- nested logging")
match [LogSeq(1, 2), LogSeq(3)]:
    case [[a, b], [c]]:
        print("nested", a, b, c)
