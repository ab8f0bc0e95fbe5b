# A realistic generator pipeline: tokenizer, recursive-descent parser, send()-driven coroutine consumers.
import functools


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}@{self.pos}"


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit():
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("NUM", src[start:i], start)
        elif ch.isalpha() or ch == "_":
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield Token("KW" if word in ("let", "print") else "NAME", word, start)
        elif src.startswith("**", i):
            i += 2
            yield Token("OP", "**", start)
        elif ch in "+-*/()=;":
            i += 1
            yield Token("OP", ch, start)
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    yield Token("EOF", "", n)


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.tok = next(tokens)

    def advance(self):
        tok = self.tok
        self.tok = next(self.tokens)
        return tok

    def expect(self, text):
        if self.tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {self.tok!r}")
        return self.advance()

    def statements(self):
        while self.tok.kind != "EOF":
            yield self.statement()
            self.expect(";")

    def statement(self):
        if self.tok.text == "let":
            self.advance()
            name = self.advance().text
            self.expect("=")
            return ("let", name, self.expr())
        if self.tok.text == "print":
            self.advance()
            return ("print", self.expr())
        return ("expr", self.expr())

    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.advance().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.tok.text in ("*", "/"):
            op = self.advance().text
            node = (op, node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.tok.text == "**":
            self.advance()
            return ("**", base, self.factor())
        return base

    def unary(self):
        if self.tok.text == "-":
            self.advance()
            return ("neg", self.unary())
        if self.tok.text == "(":
            self.advance()
            node = self.expr()
            self.expect(")")
            return node
        tok = self.advance()
        if tok.kind == "NUM":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "NAME":
            return ("var", tok.text)
        raise SyntaxError(f"unexpected {tok!r}")


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"), "**": a**b}[kind]


def walk(node, depth=0):
    """Pre-order traversal of an AST as a generator, with depths."""
    yield depth, node[0]
    for child in node[1:]:
        if isinstance(child, tuple):
            yield from walk(child, depth + 1)


program = "let x = 2 + 3 * 4; let y = (x - 4) ** 2 / 5; print -x + y; print 2 ** 3 ** 2; x * y - 1.5;"
print(list(tokenize("let a1 = b_2**3;")))
env = {}
for stmt in Parser(tokenize(program)).statements():
    print(stmt)
    print("  nodes:", [f"{'.' * d}{k}" for d, k in walk(stmt[-1])])
    value = evaluate(stmt[-1], env)
    if stmt[0] == "let":
        env[stmt[1]] = value
    print("  =>", value)
print(sorted(env.items()))

for bad in ["let = 3;", "1 + ;", "(1 + 2;", "3 $ 4;"]:
    try:
        for stmt in Parser(tokenize(bad)).statements():
            print("parsed", stmt)
    except SyntaxError as e:
        print("SyntaxError:", e)


# Coroutine-style consumers driven by send().
def coroutine(fn):
    @functools.wraps(fn)
    def primed(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen

    return primed


@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
for v in [10, 20, 60, 5]:
    print("average now", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final:", e.value)


@coroutine
def line_splitter(target):
    buf = ""
    while True:
        chunk = yield
        buf += chunk
        while "\n" in buf:
            line, buf = buf.split("\n", 1)
            target.send(line)


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")
        raise


lines_out = []
sink = collector(lines_out)
pipeline = line_splitter(grep("err", sink))
for chunk in ["ok 1\nerr", "or 2\nfine\nanother err", "\ntail"]:
    pipeline.send(chunk)
print(lines_out)
sink.close()
print(lines_out)


# A state machine for a tiny protocol: returns the parsed messages via StopIteration.value.
def protocol():
    messages = []
    state = "idle"
    header = None
    while True:
        byte = yield state
        if state == "idle":
            if byte == "<":
                state, header, body = "header", "", ""
            elif byte == "!":
                return messages
        elif state == "header":
            if byte == ":":
                state = "body"
            else:
                header += byte
        elif state == "body":
            if byte == ">":
                messages.append((header, body))
                state = "idle"
            else:
                body += byte


p = protocol()
print(next(p))
seen = []
try:
    for ch in "xx<name:heron><ver:3.11>junk<k:v>!ignored":
        seen.append(p.send(ch)[0])
except StopIteration as stop:
    print("messages:", stop.value)
print("".join(seen))


# Delegating generators returning values with yield from.
def read_number():
    digits = ""
    while True:
        ch = yield
        if ch.isdigit():
            digits += ch
        else:
            return int(digits or "0"), ch


def read_sum():
    total = 0
    while True:
        n, stop = yield from read_number()
        total += n
        if stop == "=":
            return total


def calculator(results):
    while True:
        results.append((yield from read_sum()))


res = []
calc = calculator(res)
next(calc)
for ch in "12+30+4=7+8=100=":
    calc.send(ch)
print(res)
calc.close()
print("closed ok", res)
