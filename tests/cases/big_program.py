# A slightly larger program: a tiny expression evaluator.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        value = term()
        while peek()[1] in ("+", "-"):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term():
        value = factor()
        while peek()[1] in ("*", "/"):
            op = advance()[1]
            rhs = factor()
            value = value * rhs if op == "*" else value // rhs
        return value
    def factor():
        kind, val = advance()
        if kind == "num":
            return val
        if val == "(":
            v = expr()
            advance()
            return v
        if val == "-":
            return -factor()
        raise SyntaxError("bad token")
    return expr()

for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5"]:
    print(source, "=", parse(tokenize(source)))
try:
    tokenize("1 $ 2")
except SyntaxError as e:
    print("error:", e)
