# Realistic uses of match: a tokenizer + recursive-descent-free AST evaluator over dataclass
# nodes, a tiny stack-machine command interpreter driven by split() command lines, and a
# JSON-ish schema validator walking nested dicts/lists, all dispatching with match.
from dataclasses import dataclass
from typing import Any

@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: Any
    right: Any

@dataclass(frozen=True)
class Let:
    name: str
    value: Any
    body: Any

def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("+" | "-" | "*" as op, Num(a), Num(b)):
            return Num(evaluate(node, {}))
        case BinOp(op, l, r):
            l2, r2 = simplify(l), simplify(r)
            return simplify(BinOp(op, l2, r2)) if (l2, r2) != (l, r) else node
        case Let(name, value, body):
            return Let(name, simplify(value), simplify(body))
        case _:
            return node

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case BinOp("+" | "-" | "*" | "/" as op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/" if b == 0: raise ZeroDivisionError("div by zero in expr")
                case "/": return a / b
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case other:
            raise TypeError(f"bad node {other!r}")

x = Var("x")
exprs = [BinOp("+", Num(0), BinOp("*", x, Num(1))), BinOp("*", BinOp("+", Num(2), Num(3)), x),
         Let("x", Num(4), BinOp("-", x, Num(1))), BinOp("*", Num(0), Var("zzz")),
         BinOp("/", Num(1), BinOp("-", x, x)), BinOp("%", Num(1), Num(2)), Var("q")]
for e in exprs:
    s = simplify(e)
    try:
        print(s, "=>", evaluate(s, {"x": 10}))
    except (NameError, ZeroDivisionError, TypeError) as err:
        print(s, "!!", type(err).__name__, err)

def run(program):
    stack, out, vars_ = [], [], {}
    for lineno, line in enumerate(program.splitlines(), 1):
        match line.split():
            case [] | ["#", *_]:
                continue
            case ["push", *values] if values:
                stack.extend([int(v) for v in values])
            case ["pop"] if stack:
                stack.pop()
            case ["add" | "mul" as op] if len(stack) >= 2:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["store", name]:
                vars_[name] = stack.pop()
            case ["load", name] if name in vars_:
                stack.append(vars_[name])
            case ["print"]:
                out.append(str(stack[-1] if stack else None))
            case ["halt"]:
                break
            case [cmd, *args]:
                out.append(f"line {lineno}: bad command {cmd!r} args={args} stack={stack}")
    return out, stack, vars_

print(run("push 2 3\nadd\nprint\n# comment\n\nstore a\nload a\nload a\nmul\nprint\nload b\nadd\npop\npop\nhalt\npush 9"))

SCHEMA = {"name": str, "age": int, "tags": [str], "address": {"city": str, "zip": (int, str)}}

def validate(value, schema, path="$"):
    errors = []
    match schema, value:
        case type() as t, _ if isinstance(value, t) and not (t is int and isinstance(value, bool)):
            pass
        case tuple() as options, _ if any([not validate(value, o, path) for o in options]):
            pass
        case [item_schema], [*items]:
            for i, it in enumerate(items):
                errors += validate(it, item_schema, f"{path}[{i}]")
        case dict(), dict():
            for key, sub in schema.items():
                match value:
                    case {**rest} if key not in rest:
                        errors.append(f"{path}.{key}: missing")
                    case _:
                        errors += validate(value[key], sub, f"{path}.{key}")
            extra = sorted(set(value) - set(schema))
            if extra:
                errors.append(f"{path}: unexpected {extra}")
        case _:
            errors.append(f"{path}: expected {getattr(schema, '__name__', type(schema).__name__)}, got {type(value).__name__}")
    return errors

docs = [{"name": "ann", "age": 30, "tags": ["a", "b"], "address": {"city": "x", "zip": 123}},
        {"name": "bob", "age": True, "tags": ["a", 2], "address": {"city": "y", "zip": "9z"}},
        {"name": 5, "tags": "nope", "address": {"zip": 1.5}, "extra": 1},
        ["not", "a", "dict"]]
for d in docs:
    print(validate(d, SCHEMA) or "valid")
