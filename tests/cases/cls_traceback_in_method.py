# An exception raised deep inside methods, properties, dunders and class bodies; uncaught at the end.
class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    @property
    def current(self):
        return self.text[self.pos]

    def advance(self):
        self.pos += 1

    def parse_number(self):
        start = self.pos
        while self.pos < len(self.text) and self.current.isdigit():
            self.advance()
        return int(self.text[start:self.pos])

    def parse_list(self):
        items = []
        self.expect("[")
        while self.current != "]":
            items.append(self.parse_number())
            if self.current == ",":
                self.advance()
        self.advance()
        return items

    def expect(self, ch):
        if self.current != ch:
            raise SyntaxError(f"expected {ch!r} at {self.pos}, got {self.current!r}")
        self.advance()


def report(fn):
    try:
        return fn()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return f"{type(e).__name__}: {e} via {names}"


print(report(lambda: Parser("[1,22,333]").parse_list()))
print(report(lambda: Parser("(1)").parse_list()))
print(report(lambda: Parser("[1,2").parse_list()))
print(report(lambda: Parser("[1,x]").parse_list()))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
        return Matrix([[sum([self[i, k] * other[k, j] for k in range(m)]) for j in range(p)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
print(a @ a)
print(report(lambda: a @ Matrix([[1], [2], [3]])))
print(report(lambda: Matrix([[1, 2], [3]]) @ a))


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()

    def root_value(self):
        node = self
        while node.parent:
            node = node.parent
        return node.value.upper()


leaf = Node("leaf", Node("mid", Node(None)))
print(leaf.depth())


class Pipeline:
    def __init__(self, *stages):
        self.stages = stages

    def run(self, value):
        for stage in self.stages:
            value = stage(value)
        return value

    @staticmethod
    def halve(v):
        return v / 2

    @classmethod
    def build(cls):
        return cls(cls.halve, Node.root_value)


print(report(lambda: Pipeline(Pipeline.halve, Pipeline.halve).run(8)))


class Reporter:
    def __init__(self, pipeline):
        self.pipeline = pipeline

    def __call__(self, node):
        return self.pipeline.stages[1](node)


Reporter(Pipeline.build())(leaf)
