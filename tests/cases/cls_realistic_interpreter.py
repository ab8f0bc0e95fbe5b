# Realistic: a tiny expression language — tokenizer, AST node classes, visitor, evaluator, errors.
class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at {pos}")
        self.pos = pos


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            word = src[i:j]
            toks.append(Token("kw" if word in ("let", "in", "if", "then", "else") else "name", word, i))
            i = j
        elif c in "+-*/()=<":
            toks.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected {c!r}", i)
    toks.append(Token("eof", "", len(src)))
    return toks


class Node:
    fields = ()

    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} fields")
        for f, a in zip(self.fields, args):
            setattr(self, f, a)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join([repr(getattr(self, f)) for f in self.fields])})"

    def __eq__(self, other):
        return type(self) is type(other) and all([getattr(self, f) == getattr(other, f) for f in self.fields])

    __hash__ = None


class Num(Node): fields = ("value",)
class Var(Node): fields = ("name",)
class BinOp(Node): fields = ("op", "left", "right")
class Let(Node): fields = ("name", "value", "body")
class If(Node): fields = ("cond", "then", "other")


class Parser:
    PREC = {"<": 1, "+": 2, "-": 2, "*": 3, "/": 3}

    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    @property
    def tok(self):
        return self.toks[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            raise ParseError(f"expected {text or kind}, got {t.text or 'end'!r}", t.pos)
        self.i += 1
        return t

    def parse(self):
        node = self.expr(0)
        self.eat("eof")
        return node

    def expr(self, min_prec):
        left = self.atom()
        while self.tok.kind == "op" and self.PREC.get(self.tok.text, 0) > min_prec:
            op = self.eat("op").text
            left = BinOp(op, left, self.expr(self.PREC[op]))
        return left

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.i += 1
            return Num(int(t.text))
        if t.kind == "name":
            self.i += 1
            return Var(t.text)
        if t.kind == "kw" and t.text == "let":
            self.i += 1
            name = self.eat("name").text
            self.eat("op", "=")
            value = self.expr(0)
            self.eat("kw", "in")
            return Let(name, value, self.expr(0))
        if t.kind == "kw" and t.text == "if":
            self.i += 1
            cond = self.expr(0)
            self.eat("kw", "then")
            then = self.expr(0)
            self.eat("kw", "else")
            return If(cond, then, self.expr(0))
        if t.text == "(":
            self.i += 1
            e = self.expr(0)
            self.eat("op", ")")
            return e
        raise ParseError(f"unexpected {t.text or 'end'!r}", t.pos)


class Visitor:
    def visit(self, node, *args):
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is None:
            return self.generic_visit(node, *args)
        return method(node, *args)

    def generic_visit(self, node, *args):
        raise NotImplementedError(type(node).__name__)


class Evaluator(Visitor):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "<": lambda a, b: int(a < b)}

    def visit_Num(self, n, env):
        return n.value

    def visit_Var(self, n, env):
        try:
            return env[n.name]
        except KeyError:
            raise EvalError(f"unbound variable {n.name!r}") from None

    def visit_BinOp(self, n, env):
        a, b = self.visit(n.left, env), self.visit(n.right, env)
        if n.op == "/":
            if b == 0:
                raise EvalError("division by zero")
            return a // b
        return self.OPS[n.op](a, b)

    def visit_Let(self, n, env):
        return self.visit(n.body, {**env, n.name: self.visit(n.value, env)})

    def visit_If(self, n, env):
        return self.visit(n.then if self.visit(n.cond, env) else n.other, env)


class Printer(Visitor):
    def visit_Num(self, n): return str(n.value)
    def visit_Var(self, n): return n.name
    def visit_BinOp(self, n): return f"({self.visit(n.left)} {n.op} {self.visit(n.right)})"
    def visit_Let(self, n): return f"let {n.name} = {self.visit(n.value)} in {self.visit(n.body)}"


class Counter(Visitor):
    def generic_visit(self, node):
        return 1 + sum([self.visit(getattr(node, f)) for f in node.fields if isinstance(getattr(node, f), Node)])


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let x = 2 in let y = x * 10 in y / x",
    "if 1 < 2 then 100 else 200",
    "let n = 7 in if n < 5 then n else n * 2",
    "10 / (5 - 5)",
    "y + 1",
    "1 + ",
    "let = 3 in 4",
    "2 $ 3",
]
ev, pr, ct = Evaluator(), Printer(), Counter()
for src in programs:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:42} -> {ev.visit(tree, {})!r:6} nodes={ct.visit(tree)}")
        try:
            print("   printed:", pr.visit(tree))
        except NotImplementedError as e:
            print("   printer cannot handle", e)
    except LangError as e:
        print(f"{src!r:42} !! {type(e).__name__}: {e} (pos={e.pos})")

print(Parser("1+2").parse() == BinOp("+", Num(1), Num(2)), repr(Parser("let a = 1 in a").parse()))
print(tokenize("let x1 = 10 in x1"))
try:
    Num(1, 2)
except TypeError as e:
    print("TypeError:", e)
# finally an uncaught evaluation error with a traceback through visitor methods
ev.visit(Parser("let a = 1 in a + b").parse(), {})
