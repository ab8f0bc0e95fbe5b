# An arithmetic expression tokenizer, recursive-descent parser and evaluator with variables,
# functions, and error handling through custom exception types built with type().
import math
import re

CalcError = type("CalcError", (Exception,), {})
TokenError = type("TokenError", (CalcError,), {})
ParseError = type("ParseError", (CalcError,), {})
EvalError = type("EvalError", (CalcError,), {})

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),=^]))")
FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise TokenError(f"unexpected character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num is not None:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name is not None:
            out.append(("name", name))
        else:
            out.append(("op", "**" if op == "^" else op))
        pos = m.end()
    out.append(("end", None))
    return out


def parse(tokens):
    pos = 0

    def peek():
        return tokens[pos]

    def take(kind=None, value=None):
        nonlocal pos
        tok = tokens[pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            want = value or kind
            raise ParseError(f"expected {want!r} but found {tok[1] if tok[1] is not None else 'end'!r}")
        pos += 1
        return tok

    def expr():
        node = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            node = (op, node, term())
        return node

    def term():
        node = unary()
        while peek()[0] == "op" and peek()[1] in "*/%" and peek()[1] != "**":
            op = take()[1]
            node = (op, node, unary())
        return node

    def unary():
        if peek() == ("op", "-"):
            take()
            return ("neg", unary())
        if peek() == ("op", "+"):
            take()
            return unary()
        return power()

    def power():
        base = atom()
        if peek() == ("op", "**"):
            take()
            return ("**", base, unary())
        return base

    def atom():
        kind, val = peek()
        if kind == "num":
            take()
            return ("num", val)
        if kind == "name":
            take()
            if peek() == ("op", "("):
                take()
                args = []
                if peek() != ("op", ")"):
                    args.append(expr())
                    while peek() == ("op", ","):
                        take()
                        args.append(expr())
                take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            take()
            node = expr()
            take("op", ")")
            return node
        raise ParseError(f"unexpected {val if val is not None else 'end'!r}")

    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        target = tokens[0][1]
        pos = 2
        node = ("assign", target, expr())
    else:
        node = expr()
    take("end")
    return node


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise EvalError(f"unknown variable {node[1]!r}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise EvalError(f"unknown function {node[1]}()")
        args = [evaluate(a, env) for a in node[2]]
        try:
            return fn(*args)
        except (TypeError, ValueError) as e:
            raise EvalError(f"{node[1]}: {e}") from e
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b, "%": lambda: a % b, "**": lambda: a ** b}[kind]()
    except ZeroDivisionError:
        raise EvalError("division by zero")


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join([show(a) for a in node[2]])})"
    if node[0] == "assign":
        return f"{node[1]} := {show(node[2])}"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "x = 10 / 4", "x * 2 + 1",
         "y = max(x, 3, sqrt(16)) % 3", "round(pi * 100) / 100", "7 // 2", "1 +", "foo(1)",
         "z + 1", "sqrt(-1)", "10 / (5 - 5)", "3 $ 4", "min()", "((2)", "abs(-7.5) * .5"]
for line in lines:
    try:
        tree = parse(tokenize(line))
        result = evaluate(tree, env)
        print(f"{line:<30} {show(tree):<40} = {result!r}")
    except CalcError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{line:<30} {type(e).__name__}: {e}{cause}")
print(sorted(env))
print([c.__name__ for c in EvalError.__mro__])
