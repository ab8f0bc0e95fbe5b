# f-strings: nested format specs, conversions, `=`, escapes, nested quotes.
import datetime
import decimal
x = 3.14159
n = 42
s = "héllo"
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|{x:<{width}}|{n:^{width}d}|{n:{'>'}{width}}")
print(f"{n!r} {s!r} {s!s} {s!a} {n!a:>6} {s!r:>10}")
print(f"{x=} {n = } {s=!s} {x=:.2f} {n*2=} {s.upper()=}")
print(f"{{literal}} {{{n}}} {'{'}{n}{'}'}")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f} {-n:+d} {n: d} {1234567:,} {1234567:_} {0xffff:_x}")
print(f"{x:e} {x:E} {x:g} {1e20:g} {x:%} {0.5:.0%} {x:10.4} {1/3:.{prec}}")
print(f"{s:*^11} {s:.2} {s:>{n//6}.{n//21}}")
print(f"{[1, 2][0]} {({'a': 1})['a']} {(lambda v: v * 2)(n)} {n if n > 40 else -n}")
print(f'{"double"} {"nested" + f"{n}"}', f'''{f"""{f'{n}'}"""}''')
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d!r} {d:%A %d %B}")
print(f"{decimal.Decimal('1.10'):>8} {decimal.Decimal('3.14159'):.2f}")
print(f"{n:{'x' if n > 10 else 'd'}}", f"{True:d} {False!s:>6}")
print(f"""multi
line {n}
{x:.1f}""")
print(f"{chr(10)!r}", f"{'ok' if n else 'no'}")
print(rf"\d+{n}\n", fr"{s}\t")
print(f"{n!r:{'<'}{'5'}}|", f"{3+4j:.2f}", f"{-0.0:+.1f}", f"{float('nan'):f}", f"{float('inf'):>6}")
print(f"{n:c}", f"{65:c}{66:c}", f"{'tab':\t^9}|")
vals = [1.5, 22.25, 333.125]
print(" ".join([f"{v:>{w}.{p}f}" for v, w, p in zip(vals, [6, 7, 8], [1, 2, 3])]))
fmt = "0>5"
print(f"{7:{fmt}}", format(7, fmt), "{:{}}".format(7, fmt), "{0!r:^7}".format("q"))
print("%5.2f|%-5d|%05d|%x|%s|%r|%%|%c" % (x, n, n, 255, s, s, 65))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7})
try:
    print(f"{n:q}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{s:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:,d}")
except ValueError as e:
    print("ValueError:", e)
obj = type("Fmt", (), {"__format__": lambda self, spec: "<" + spec + ">", "__repr__": lambda self: "FMT", "__str__": lambda self: "fmt"})()
print(f"{obj} {obj!r} {obj!s} {obj:abc} {obj:{n}} {obj=} {obj=:zz}")
print(f"{n}" f"{x}" "plain" f"{s}")
