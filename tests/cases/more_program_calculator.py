# A small calculator language: tokenizer, recursive-descent parser building tuples,
# evaluator with variables, functions and error reporting; reads programs from stdin.
# heron-test: stdin=x = 2 ** 10\ny = (x - 24) / 10 % 7\nprint x, y, -x // 3\ndef sq(n) = n * n\nprint sq(sq(3)) + 1\nprint 1 / 0\nprint undefined + 1\nz = 3 +\nprint max(1, 7, sq(2)), min(4, 2)\nprint 10 > 3 and 2 > 5 or 1\n# done
import math
import re
import sys
TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|//|[-+*/%(),=<>]|==|!=)|([A-Za-z_]\w*))")
class_error = type("CalcError", (Exception,), {})
def tokenize(src):
    pos = 0
    tokens = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise class_error("bad character %r at %d" % (src[pos], pos))
        num, op, name = m.groups()
        if num:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif op:
            tokens.append(("op", op))
        else:
            tokens.append(("name", name))
        pos = m.end()
    tokens.append(("end", None))
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos]
    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expect(kind, value=None):
        tok = advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise class_error("expected %s but found %s" % (value or kind, tok[1] if tok[1] is not None else "end of line"))
        return tok
    def expr():
        return logic_or()
    def logic_or():
        left = logic_and()
        while peek() == ("name", "or"):
            advance()
            left = ("or", left, logic_and())
        return left
    def logic_and():
        left = comparison()
        while peek() == ("name", "and"):
            advance()
            left = ("and", left, comparison())
        return left
    def comparison():
        left = additive()
        while peek()[0] == "op" and peek()[1] in ("<", ">", "==", "!="):
            op = advance()[1]
            left = ("bin", op, left, additive())
        return left
    def additive():
        left = term()
        while peek()[0] == "op" and peek()[1] in "+-":
            op = advance()[1]
            left = ("bin", op, left, term())
        return left
    def term():
        left = unary()
        while peek()[0] == "op" and peek()[1] in ("*", "/", "//", "%"):
            op = advance()[1]
            left = ("bin", op, left, unary())
        return left
    def unary():
        if peek() == ("op", "-"):
            advance()
            return ("neg", unary())
        return power()
    def power():
        base = atom()
        if peek() == ("op", "**"):
            advance()
            return ("bin", "**", base, unary())
        return base
    def atom():
        kind, value = advance()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if peek() == ("op", "("):
                advance()
                args = []
                if peek() != ("op", ")"):
                    args.append(expr())
                    while peek() == ("op", ","):
                        advance()
                        args.append(expr())
                expect("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            inner = expr()
            expect("op", ")")
            return inner
        raise class_error("unexpected %s" % (value if value is not None else "end of line"))
    def statement():
        if peek() == ("name", "print"):
            advance()
            items = [expr()]
            while peek() == ("op", ","):
                advance()
                items.append(expr())
            return ("print", items)
        if peek() == ("name", "def"):
            advance()
            name = expect("name")[1]
            expect("op", "(")
            params = [expect("name")[1]]
            while peek() == ("op", ","):
                advance()
                params.append(expect("name")[1])
            expect("op", ")")
            expect("op", "=")
            return ("def", name, params, expr())
        if peek()[0] == "name" and tokens[pos + 1] == ("op", "="):
            name = advance()[1]
            advance()
            return ("assign", name, expr())
        return ("print", [expr()])
    node = statement()
    expect("end")
    return node
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
       "**": lambda a, b: a ** b, "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
       "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b)}
BUILTINS = {"max": max, "min": min, "sqrt": math.sqrt, "abs": abs}
def evaluate(node, env, funcs):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise class_error("undefined variable %r" % node[1]) from None
    if kind == "neg":
        return -evaluate(node[1], env, funcs)
    if kind == "bin":
        _, op, left, right = node
        try:
            return OPS[op](evaluate(left, env, funcs), evaluate(right, env, funcs))
        except ZeroDivisionError as e:
            raise class_error("division by zero in %r" % op) from e
    if kind in ("and", "or"):
        left = evaluate(node[1], env, funcs)
        if (kind == "and") == bool(left):
            return evaluate(node[2], env, funcs)
        return left
    if kind == "call":
        _, name, args = node
        values = [evaluate(a, env, funcs) for a in args]
        if name in funcs:
            params, body = funcs[name]
            if len(params) != len(values):
                raise class_error("%s expects %d args" % (name, len(params)))
            return evaluate(body, {**env, **dict(zip(params, values))}, funcs)
        if name in BUILTINS:
            return BUILTINS[name](*values)
        raise class_error("unknown function %r" % name)
    raise AssertionError(kind)
def fmt(v):
    if isinstance(v, float) and v.is_integer():
        return "%.1f" % v
    return repr(v)
def run(lines):
    env, funcs = {}, {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            node = parse(tokenize(line))
            if node[0] == "assign":
                env[node[1]] = evaluate(node[2], env, funcs)
            elif node[0] == "def":
                funcs[node[1]] = (node[2], node[3])
            else:
                print(" ".join([fmt(evaluate(n, env, funcs)) for n in node[1]]))
        except class_error as e:
            cause = " (caused by %s)" % type(e.__cause__).__name__ if e.__cause__ else ""
            print("line %d: error: %s%s" % (lineno, e, cause), file=sys.stderr)
    return env, funcs
env, funcs = run(sys.stdin.read().split("\n"))
print(sorted(env.items()), sorted(funcs))
