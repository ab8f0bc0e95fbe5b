# An uncaught exception raised inside a generator consumed by a for loop: the traceback shows the module frame at the for statement and the generator frame at the raise.
def parse_records(lines):
    for number, line in enumerate(lines, 1):
        fields = line.split(",")
        if len(fields) != 3:
            raise ValueError("line %d: expected 3 fields, got %d" % (number, len(fields)))
        name, qty, price = fields
        yield name.strip(), int(qty), float(price)

data = [
    "apple, 3, 0.5",
    "pear, 2, 0.75",
    "plum, 10, 0.2",
    "broken line",
    "never, 1, 1.0",
]
total = 0.0
for name, qty, price in parse_records(data):
    total += qty * price
    print("%-6s %3d x %.2f  running total %.2f" % (name, qty, price, total))
print("not reached")
