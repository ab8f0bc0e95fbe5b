# Realistic: an inventory system with products, stock movements, reports and validation errors.
from collections import defaultdict
from functools import total_ordering


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku, self.wanted, self.available = sku, wanted, available


class UnknownProduct(InventoryError, KeyError):
    def __str__(self):
        return f"unknown product {self.args[0]!r}"


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents) if isinstance(other, Money) else NotImplemented

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, n):
        return Money(self.cents * n)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    __repr__ = __str__


class Product:
    _next_id = 1

    def __init__(self, sku, name, price, category="misc"):
        self.id = Product._next_id
        Product._next_id += 1
        self.sku, self.name, self.price, self.category = sku, name, Money.parse(price), category

    def __repr__(self):
        return f"<{self.sku} {self.name} {self.price}>"


class Perishable(Product):
    def __init__(self, sku, name, price, shelf_days):
        super().__init__(sku, name, price, category="food")
        self.shelf_days = shelf_days

    def __repr__(self):
        return super().__repr__()[:-1] + f" {self.shelf_days}d>"


class Movement:
    kinds = ("in", "out", "adjust")

    def __init__(self, sku, qty, kind):
        if kind not in self.kinds:
            raise ValueError(f"bad movement kind {kind!r}")
        self.sku, self.qty, self.kind = sku, qty, kind

    def signed(self):
        return -self.qty if self.kind == "out" else self.qty


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = defaultdict(int)
        self.history = []

    def add_product(self, product):
        self.products[product.sku] = product
        return self

    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def __contains__(self, sku):
        return sku in self.products

    def __len__(self):
        return len(self.products)

    def __iter__(self):
        return iter(sorted(self.products.values(), key=lambda p: p.sku))

    def move(self, sku, qty, kind):
        self[sku]
        m = Movement(sku, qty, kind)
        if kind == "out" and self.stock[sku] < qty:
            raise OutOfStock(sku, qty, self.stock[sku])
        self.stock[sku] += m.signed()
        self.history.append(m)

    def value(self):
        return sum([self.products[s].price * q for s, q in self.stock.items()])

    def by_category(self):
        out = defaultdict(list)
        for p in self:
            out[p.category].append(p.sku)
        return dict(out)

    def report(self):
        lines = []
        for p in self:
            q = self.stock[p.sku]
            lines.append(f"{p.sku:<6}{p.name:<12}{q:>4} x {str(p.price):>7} = {str(p.price * q):>9}")
        lines.append(f"{'TOTAL':<22}{str(self.value()):>26}")
        return "\n".join(lines)


inv = Inventory()
inv.add_product(Product("P100", "Widget", "2.50")).add_product(Product("P200", "Gadget", "13.99", "tools"))
inv.add_product(Perishable("F001", "Milk", "0.99", 7)).add_product(Perishable("F002", "Cheese", "4.5", 30))
print(len(inv), list(inv), "P100" in inv, "X" in inv)
for sku, qty, kind in [("P100", 10, "in"), ("P200", 3, "in"), ("F001", 24, "in"), ("P100", 4, "out"),
                       ("F002", 2, "in"), ("F001", 30, "out"), ("ZZZ", 1, "in"), ("P200", 1, "steal"),
                       ("F001", 20, "out"), ("P200", 1, "adjust")]:
    try:
        inv.move(sku, qty, kind)
        print("ok  ", sku, kind, qty, "->", inv.stock[sku])
    except OutOfStock as e:
        print("FAIL", e, (e.wanted, e.available))
    except InventoryError as e:
        print("FAIL", type(e).__name__, e, isinstance(e, KeyError))
    except ValueError as e:
        print("FAIL", e)
print(inv.report())
print(inv.by_category())
print(sorted([p.price for p in inv]), max(inv, key=lambda p: p.price), Money(5) <= Money(5))
print(len(inv.history), [m.signed() for m in inv.history])
