# f-strings: conversions, format specs, nesting, expressions.
x, y = 42, 3.14159
name = "heron"
print(f"{x} {y:.2f} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{x:>8}|{x:<8}|{x:^8}|{x:08b}|{x:#x}|{y:e}")
width, prec = 10, 3
print(f"{y:{width}.{prec}f}|")
print(f"{x + 1} {[i * 2 for i in range(3)]} {dict(a=1)['a']}")
print(f"{{literal}} {x}%")
print(f"{name=}", f"{x*2=}")
print(f"{'nested ' + f'{x:03d}'}")
print(f"{3.0:g} {1234567.0:,.1f} {0.25:%}")
