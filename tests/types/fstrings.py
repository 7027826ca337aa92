# f-strings: expressions, conversions, nested format specs, = debugging, quotes.
name, n, x = "mote", 42, 3.14159
print(f"{name} {n} {x}", f"{n + 1}", f"{name.upper()!r}", f"{[1, 2][1]}")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:08b}|{n:#x}|{x:.2f}|{x:10.3e}|")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|", f"{name:>{width}}|", f"{n:{'+' if n > 0 else ''}}")
print(f"{name=}", f"{n * 2=}", f"{x = :.1f}", f"{name=!s}")
print(f"{'quoted'}", f'{"double"}', f"{{braces}}", f"{n}{{}}{n}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}", f"{'a' if n else 'b'}", f"{(lambda: 'lam')()}")
print(f"{n!r:>6}", f"{'s'!r:5}|", f"{3.0!s}", f"{'é'!a}")
items = [1, 2, 3]
print(f"{', '.join(str(i) for i in items)}", f"{sum(items):,}", f"{10**9:,}")
print(f"""triple {n}""", f"multi" f"{n}" "plain")
obj = type("O", (), {"__format__": lambda self, spec: "fmt[" + spec + "]"})()
print(f"{obj:abc}", f"{obj}", format(obj, "x"))
print(f"{-0.0:+.1f} {1e6:g} {1e-7:g} {123.0:g} {0.5:%}")
