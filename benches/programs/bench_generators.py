"""Recursive generators and generator pipelines (after pyperformance's bm_generators).

A balanced binary search tree is built over range(TREE_SIZE); its in-order iterator is a
recursive generator that delegates to the subtrees with `yield from`, so producing each
value resumes a chain of suspended generators as deep as the tree. A second part pushes
numbers through a pipeline of chained generator functions and generator expressions.

Fixed work: TREE_WALKS full in-order walks of the tree, then PIPELINE_ROUNDS runs of the
pipeline over PIPELINE_SIZE numbers. Prints the walk sums and counts and the pipeline
totals as the checksum.
"""

TREE_SIZE = 50000
TREE_WALKS = 12
PIPELINE_SIZE = 20000
PIPELINE_ROUNDS = 10


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build_tree(values):
    n = len(values)
    if n == 0:
        return None
    mid = n // 2
    return Tree(build_tree(values[:mid]), values[mid], build_tree(values[mid + 1:]))


def depth_first(node, depth):
    """Yield (depth, value) pairs in pre-order, recursing with yield from."""
    if node is None:
        return
    yield depth, node.value
    yield from depth_first(node.left, depth + 1)
    yield from depth_first(node.right, depth + 1)


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def keep_if(pred, source):
    for x in source:
        if pred(x):
            yield x


def scaled(source, factor):
    for x in source:
        yield x * factor


def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def pipeline(n):
    odd = keep_if(lambda x: x % 3 != 0, numbers(n))
    squares = (x * x % 1009 for x in odd)
    totals = running_total(scaled(squares, 3))
    checksum = 0
    count = 0
    for chunk in chunks(totals, 16):
        checksum = (checksum * 31 + max(chunk) - min(chunk)) % 1000000007
        count += len(chunk)
    return checksum, count


def main():
    tree = build_tree(list(range(TREE_SIZE)))
    walk_sum = 0
    walk_count = 0
    ordered = True
    for _ in range(TREE_WALKS):
        prev = -1
        for value in tree:
            if value <= prev:
                ordered = False
            prev = value
            walk_sum += value
            walk_count += 1
    max_depth = max(d for d, _ in depth_first(tree, 0))
    depth_sum = sum(d * v for d, v in depth_first(tree, 0)) % 1000000007
    pipe_checksum = 0
    pipe_count = 0
    for _ in range(PIPELINE_ROUNDS):
        checksum, count = pipeline(PIPELINE_SIZE)
        pipe_checksum = (pipe_checksum + checksum) % 1000000007
        pipe_count += count
    print(ordered, walk_sum, walk_count, max_depth, depth_sum, pipe_checksum, pipe_count)


main()
