# A sales report from CSV data held in an io.StringIO: DictReader, type conversion with
# error collection, grouping, totals, DictWriter output with quoting, and csv.writer dialects.
import csv
import io
from collections import defaultdict

RAW = '''date,region,rep,product,units,unit_price
2024-01-03,North,Alice,Widget,12,2.50
2024-01-04,South,Bob,Gadget,3,12.00
2024-01-04,North,Alice,Gadget,1,12.00
2024-01-05,East,"Chen, Wei",Widget,40,2.25
2024-01-05,South,Bob,Widget,,2.50
2024-01-06,West,Dana,"Gizmo ""Pro""",2,99.99
2024-01-07,North,Erin,Widget,seven,2.50
2024-01-08,East,"Chen, Wei",Gadget,5,11.50
2024-01-09,South,Bob,Gizmo,1,89.00
'''


def load(text):
    rows, errors = [], []
    reader = csv.DictReader(io.StringIO(text))
    print("columns:", reader.fieldnames)
    for lineno, rec in enumerate(reader, start=2):
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as exc:
            errors.append((lineno, str(exc)))
            continue
        rec["total"] = rec["units"] * rec["unit_price"]
        rows.append(rec)
    return rows, errors


def group_totals(rows, key):
    totals = defaultdict(float)
    counts = defaultdict(int)
    for r in rows:
        totals[r[key]] += r["total"]
        counts[r[key]] += 1
    return {k: (counts[k], totals[k]) for k in sorted(totals)}


rows, errors = load(RAW)
print(f"loaded {len(rows)} rows, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")

for key in ("region", "rep", "product"):
    print(f"\nby {key}:")
    print(f"  {key.title():<14}{'n':>3}{'total':>10}")
    grand = 0.0
    for name, (n, total) in group_totals(rows, key).items():
        grand += total
        print(f"  {name:<14}{n:>3}{total:>10.2f}")
    print(f"  {'TOTAL':<14}{len(rows):>3}{grand:>10.2f}")

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["rep", "product", "total"], extrasaction="ignore",
                        lineterminator="\n")
writer.writeheader()
for r in sorted(rows, key=lambda r: (-r["total"], r["rep"])):
    writer.writerow({**r, "total": f"{r['total']:.2f}"})
print()
print(out.getvalue(), end="")

out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["name", "score", "note"])
w.writerows([["ann", 3.5, 'says "hi"'], ["bo;b", 2, None]])
print(out.getvalue(), end="")
back = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC))
print(back)

sniffed = csv.Sniffer().sniff("a|b|c\n1|2|3\n")
print("sniffed delimiter:", repr(sniffed.delimiter))
try:
    list(csv.reader(io.StringIO('a,"b\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
