# Recursive generators: tree traversals (pre/in/post order) with yield from, permutations/combinations/subsets, flattening nested lists, recursive generators passing return values up, deep recursion through yield from, mutual recursion.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def build(values):
    root = None
    def insert(node, v):
        if node is None:
            return Node(v)
        if v < node.value:
            node.left = insert(node.left, v)
        else:
            node.right = insert(node.right, v)
        return node
    for v in values:
        root = insert(root, v)
    return root

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value

def with_depth(node, depth=0):
    if node:
        yield from with_depth(node.left, depth + 1)
        yield (node.value, depth)
        yield from with_depth(node.right, depth + 1)

tree = build([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(inorder(tree)))
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(with_depth(tree)))

# breadth-first with an explicit queue (non-recursive for comparison)
def bfs(root):
    queue = [root]
    while queue:
        n = queue.pop(0)
        if n:
            yield n.value
            queue.extend([n.left, n.right])
print(list(bfs(tree)))

# recursion returning values through yield from: count nodes while yielding leaves
def leaves(node):
    if node is None:
        return 0
    if node.left is None and node.right is None:
        yield node.value
        return 1
    left = yield from leaves(node.left)
    right = yield from leaves(node.right)
    return left + right + 1
g = leaves(tree)
found = []
try:
    while True:
        found.append(next(g))
except StopIteration as e:
    print("leaves", found, "node count", e.value)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
print(["".join(p) for p in permutations("abc")])
print(len(list(permutations(list(range(6))))))

def perms_yf(prefix, remaining):
    if not remaining:
        yield prefix
    for i in range(len(remaining)):
        yield from perms_yf(prefix + remaining[i], remaining[:i] + remaining[i + 1:])
print(list(perms_yf("", "xyz")))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]], 6], (7, (8,)), [], [[[]]], "str"])))

# deep recursion through yield from
def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1
g = chain(200)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)

# send through a deep yield from chain reaches the innermost generator
def deep_echo(n):
    if n == 0:
        x = None
        while True:
            x = yield ("echo", x)
    else:
        yield from deep_echo(n - 1)
g = deep_echo(50)
print(next(g), g.send(1), g.send("two"))
g.close()

# mutual recursion between two generators
def evens(n):
    if n >= 0:
        if n % 2 == 0:
            yield ("even", n)
        yield from odds(n - 1)
def odds(n):
    if n >= 0:
        if n % 2 == 1:
            yield ("odd", n)
        yield from evens(n - 1)
print(list(evens(6)))

# hanoi moves
def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(4, "A", "C", "B"))
print(len(moves), moves[:5])

# recursive directory-like structure walk with path tracking
fs = {"root": {"a.txt": None, "sub": {"b.txt": None, "deeper": {"c.txt": None}}, "empty": {}}}
def walk(d, path=()):
    for name in sorted(d):
        child = d[name]
        p = path + (name,)
        if child is None:
            yield "/".join(p)
        else:
            yield "/".join(p) + "/"
            yield from walk(child, p)
print(list(walk(fs)))

# early termination of a recursive generator runs all finally blocks inside-out
def guarded(n):
    try:
        if n == 0:
            yield "leaf"
            yield "leaf2"
        else:
            yield from guarded(n - 1)
    finally:
        print("unwind", n)
g = guarded(3)
print(next(g))
g.close()

# exception from the deepest level propagates with all frames
def failing(n):
    if n == 0:
        raise ValueError("deep failure")
    yield from failing(n - 1)
try:
    list(failing(5))
except ValueError as e:
    frames = []
    tb = e.__traceback__
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(e, frames)
