# repr and str of floats use the shortest round-tripping form.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e15, 123456789.0,
        1.5e-7, 1e-5, 0.0001, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 12345.6789, 0.5, 1234567890123456789.0]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print(float("1.5"), float("  -2.5e3 "), float("inf"), float("-inf"), float("nan"), float("1_0.5"))
print(float("Infinity"), float("-iNF"), float(".5"), float("5."), float(7), float(-2 ** 60))
for bad in ["", "1.2.3", "abc", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
