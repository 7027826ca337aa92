# str.format: positional, keyword, indexing, attributes, conversions and specs.
print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("x", "y"))
print("{name}-{0}".format(5, name="n"), "{0[1]} {d[k]}".format([9, 8], d={"k": "v"}))
class P:
    x = 3
print("{0.x} {p.x}".format(P, p=P()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:5}|{:<5}|{:>5}|{:^5}|{:*^7}|".format("ab", "ab", "ab", "ab", "ab"))
print("{:5}|{:<5}|{:05}|{:+}|{: }|{:,}|{:_}".format(42, 42, 42, 42, 42, 1234567, 1234567))
print("{:x} {:X} {:o} {:b} {:#x} {:#b} {:#o} {:c}".format(255, 255, 8, 5, 255, 5, 8, 97))
print("{:.2f} {:10.3f} {:e} {:.1e} {:g} {:%} {:.1%}".format(3.14159, 2.0, 1234.5, 0.000123, 1e20, 0.25, 0.123))
print("{:08.3f} {:+.2f} {:>10,.2f}".format(-3.14159, 2.5, 1234567.891))
print("{{literal}} {}".format("x"), "{0:{1}}|".format("ab", 6), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{:=+6d} {:=6d}".format(42, -42), "{:d}".format(True), "{:s}".format("s"))
print("{0}{0}{0}".format("ab"), "{}".format(None), "{}".format((1, 2)))
for fmt, arg in [("{:d}", "s"), ("{:s}", 1), ("{0} {1}", "a")]:
    try:
        print(fmt.format(arg))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(format(3.5, ".3f"), format(10, "b"), format("x", ">3"), format(1234.5, ",.1f"))
