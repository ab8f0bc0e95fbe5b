# f-string debugging specifier (=), nested/escaped format specs, conversions, raw f-strings.
x = 3.14159
name = "héllo"
w = 10
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{x = !r:>12}", f"{name=!a}", f"{ name = }")
print(f"{x:{w}.{2}f}|", f"{name:*^{w}}|", f"{{}}{x:.1f}}}", f"{'{'}{'}'}")
print(f"{x:\x3e10.2f}|", f"{name:\t<8}|", f"{x!r:\u2192^12}")
print(f"{3+4=}", f"{[1,2][0]=}", f"{x if x else 0 = }")
print(f"{'a' 'b'}", f"{name!s:.2}", f"{name!r:.3}", f"{42:#x}", f"{-42:+08d}", f"{1234567:_}")
print(f"""{
x
}""", f'''{name
!r}''')
print(f"{x=!s:^9}", f"{(lambda: 5)()=}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]=}')
print(f"{x:{'>'}{w}}", f"{x:{w}}", f"{x:{''}}")
import datetime
dt = datetime.date(2020, 1, 2)
print(f"{dt:%Y/%m/%d}", f"{dt=:%d}")
print(f"{x:%}", f"{5:c}", f"{255:08b}", f"{1e100:.3g}", f"{float('nan'):>5}")
print(rf"\n{x}\t", fr"{name}\d", Rf"\{w}")
print(f"{w!r:{w}}", f"{'abc':{w}.{w - 8}}")
