# An order-processing pipeline that ends with an uncaught custom exception: the exception
# class is built with type(), carries extra attributes and a custom __str__, is raised several
# frames deep from a lambda inside map(), chained from a KeyError with `raise ... from`, and
# the full traceback (both exceptions) goes to stderr with exit status 1.
import sys

OrderError = type("OrderError", (Exception,), {
    "__init__": lambda self, order_id, reason: (
        Exception.__init__(self, order_id, reason),
        setattr(self, "order_id", order_id),
        setattr(self, "reason", reason),
    )[-1],
    "__str__": lambda self: f"order {self.order_id}: {self.reason}",
})
PRICES = {"apple": 0.5, "pear": 0.75, "melon": 3.0}


def price_of(order_id, item):
    try:
        return PRICES[item]
    except KeyError as e:
        raise OrderError(order_id, f"unknown item {item!r}") from e


def line_total(order_id, line):
    item, qty = line
    if qty <= 0:
        raise OrderError(order_id, f"bad quantity {qty} for {item}")
    return price_of(order_id, item) * qty


def order_total(order):
    return sum(list(map(lambda line: line_total(order["id"], line), order["lines"])))


def process(orders):
    totals = {}
    for order in orders:
        try:
            totals[order["id"]] = order_total(order)
        except OrderError as e:
            if "quantity" in e.reason:
                print(f"skipping {e} (attrs: {e.order_id}, {e.reason!r})")
                continue
            raise
    return totals


orders = [
    {"id": 101, "lines": [("apple", 4), ("pear", 2)]},
    {"id": 102, "lines": [("melon", 0)]},
    {"id": 103, "lines": [("melon", 1), ("apple", 10)]},
    {"id": 104, "lines": [("pear", 1), ("durian", 2)]},
]
print("processing", len(orders), "orders")
sys.stdout.flush()
result = process(orders)
print("never printed", result)
