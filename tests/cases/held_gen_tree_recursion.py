# Recursive generators: tree traversals as __iter__/methods/properties/classmethods, nested-data walk, permutations, hanoi, deep yield from.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child is not None:
                yield from child.preorder()

    def bfs(self):
        queue = [self]
        while queue:
            node = queue.pop(0)
            yield node.value
            queue.extend(c for c in (node.left, node.right) if c)

    @property
    def leaves(self):
        if not self.left and not self.right:
            yield self.value
            return
        for c in (self.left, self.right):
            if c:
                yield from c.leaves

    @staticmethod
    def build(values):
        def helper(lo, hi):
            if lo >= hi:
                return None
            mid = (lo + hi) // 2
            return Node(values[mid], helper(lo, mid), helper(mid + 1, hi))
        return helper(0, len(values))

    @classmethod
    def chain(cls, *trees):
        for t in trees:
            yield from t

def walk(obj, path=()):
    if isinstance(obj, dict):
        for k, v in sorted(obj.items()):
            yield from walk(v, path + (k,))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, path + (i,))
    else:
        yield path, obj

t = Node.build(list(range(10)))
print(list(t))
print(list(t.preorder()))
print(list(t.bfs()))
print(list(t.leaves))
print(list(Node.chain(Node.build([1, 2]), Node.build("xyz"))))
data = {"a": [1, {"b": 2, "c": [3, 4]}], "d": {"e": None}, "f": ()}
for p, v in walk(data):
    print(p, v)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i+1:]):
            yield [x] + rest

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))

def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, 'A', 'C', 'B'))
print(len(moves), moves[:4])

def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"

print(list(deep(200)))
