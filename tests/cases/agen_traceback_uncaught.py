# An uncaught exception raised in the inner of two chained async generators consumed by async for under asyncio.run: the traceback shows main at the async for, the outer generator at its async for, and the inner generator's failing line; exit status 1.
import asyncio


async def read_lines(lines):
    for number, line in enumerate(lines, 1):
        await asyncio.sleep(0)
        yield number, line.rstrip("\n")


async def parse_records(lines):
    async for number, line in read_lines(lines):
        fields = line.split(",")
        if len(fields) != 3:
            raise ValueError("line %d: expected 3 fields, got %d" % (number, len(fields)))
        name, qty, price = fields
        yield name.strip(), int(qty), float(price)


async def main():
    data = [
        "apple, 3, 0.5\n",
        "pear, 2, 0.75\n",
        None,
        "never, 1, 1.0\n",
    ]
    total = 0.0
    async for name, qty, price in parse_records(data):
        total += qty * price
        print("%-6s %3d x %.2f  running total %.2f" % (name, qty, price, total))
    print("not reached")


asyncio.run(main())
