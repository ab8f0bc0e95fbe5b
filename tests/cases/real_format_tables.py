# Report formatting three ways: str.format with alignment/fill/width/precision, printf-style
# % formatting (including %(name)s with dicts and * widths), and f-strings with nested specs,
# thousands separators, percentages, signs, bases, dates and !r/!s/!a conversions; plus a
# generic column-sizing table renderer with a box border.
from datetime import date

rows = [
    {"name": "Widget", "qty": 1200, "price": 2.5, "change": 0.0312, "since": date(2021, 3, 4)},
    {"name": "Gadget Pro Max", "qty": 35, "price": 1299.99, "change": -0.125, "since": date(2023, 11, 20)},
    {"name": "Gizmo", "qty": 0, "price": 0.075, "change": 1.5, "since": date(2019, 1, 1)},
    {"name": "Doohickey \u00e9", "qty": 987654, "price": 12.0, "change": -0.0004, "since": date(2024, 2, 29)},
]

print("== str.format ==")
header = "{:<16}|{:>9}|{:>10}|{:>8}|{:^12}".format("Name", "Qty", "Price", "Change", "Since")
print(header)
print("-" * len(header))
for r in rows:
    print("{name:<16.16}|{qty:>9,}|{price:>10.2f}|{change:>+8.1%}|{since:%Y-%m-%d}".format(**r))
print("{:*^30}".format(" total: {:,} units ".format(sum([r["qty"] for r in rows]))))

print("\n== percent ==")
print("%-16s|%9s|%10s" % ("Name", "Qty", "Price"))
for r in rows:
    print("%-16.16s|%9d|%10.3f" % (r["name"], r["qty"], r["price"]))
print("%(name)s costs $%(price).2f" % rows[1])
print("[%*d] [%-*d] [%.*f]" % (6, 42, 6, 42, 2, 3.14159))
print("%x %X %o %e %g %G %c %r %a %%" % (255, 255, 8, 12345.678, 0.00001234, 1e20, 65, "q'", "\u00e9"))
print("%05.1f|%+d|% d|%#x|%#o" % (3.14159, 5, 7, 255, 8))

print("\n== f-strings ==")
width, prec = 12, 3
for r in rows:
    flag = "up" if r["change"] > 0 else "down" if r["change"] < 0 else "flat"
    print(f"{r['name']!r:<20} {r['price']:{width}.{prec}f} {r['change']:+.2%} {flag:>5} {r['since']:%b %d}")
n = 1234567.891
print(f"{n:,.2f} {n:_.0f} {n:e} {n:.3g} {int(n):#b} {int(n):#o} {int(n):#x} {int(n):010d}")
print(f"{-0.5:+.1f} {0.5: .1f} {12:>+6} {12:<6}| {12:^6}| {12:=+6}| {'x':_>4}")
tabbed = "tab\there"
print(f"{'é'!a} {tabbed!r} {3 + 4j!s} {None!r:>6} {True:d} {[1, 2]!s:>8}")
value = 7
print(f"{value=} {value * 2 = } {value!r:>4} {f'{value:03}'}")


def render(table, headers, aligns):
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in table]
    widths = [max([len(row[i]) for row in cells]) for i in range(len(headers))]
    line = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
    out = [line]
    for k, row in enumerate(cells):
        parts = []
        for c, w, a in zip(row, widths, aligns if k else "^" * len(headers)):
            parts.append(" " + format(c, f"{a}{w}") + " ")
        out.append("|" + "|".join(parts) + "|")
        if k == 0:
            out.append(line.replace("-", "="))
    out.append(line)
    return "\n".join(out)


table = [(r["name"], f"{r['qty']:,}", f"${r['price']:,.2f}", f"{r['change']:.1%}") for r in rows]
print()
print(render(table, ["Product", "Qty", "Price", "Δ"], "<>>>"))
print(render([], ["empty"], "<"))
print("{0}{1}{0}".format("ab", "-"), "{x[0]}{y[k]}".format(x="xyz", y={"k": "!"}),
      "{:>{w}}".format("r", w=4), "{!r:^9}".format("s"))
try:
    "{:d}".format("text")
except ValueError as e:
    print("ValueError:", e)
try:
    "%d items" % "three"
except TypeError as e:
    print("TypeError:", e)
