# Format specs for ints and floats: fill, align, sign, width, grouping, precision, types.
ints = [0, 7, -7, 255, 123456789]
for n in ints:
    print(f"{n:>8}|{n:<8}|{n:^8}|{n:+}|{n: }|{n:08}|{n:,}|{n:_x}|{n:#o}|{n:e}")
floats = [0.0, 1.5, -2.25, 1234.5678, 1e-7, 6.02e23, 100.0]
for x in floats:
    print(f"{x}|{x:.3f}|{x:10.2f}|{x:<10.1e}|{x:g}|{x:.3g}|{x:%}|{x:+.0f}|{x:,.2f}|{x:E}|{x:G}")
print(f"{1.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{3.14159:.10f} {1/3:.17f} {2**0.5:.15g} {1e300:.3e} {123456789.0:.3g}")
print(f"{12:*^9} {12:=+9} {-12:=9} {12.0:9.3} {'s':9}|")
print(format(1e16, "f"), format(1e16, "g"), format(1e15, "g"), format(0.0001, "g"), format(0.00001, "g"))
