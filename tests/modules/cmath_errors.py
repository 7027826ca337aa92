# cmath's errors: domain and range errors, bad types, bad isclose arguments.
import cmath

CASES = [
    lambda: cmath.log(0), lambda: cmath.log10(0j), lambda: cmath.log(2, 0), lambda: cmath.log(2, 1),
    lambda: cmath.log(0, 2), lambda: cmath.log(0, 0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
    lambda: cmath.atan(1j), lambda: cmath.exp(1000), lambda: cmath.exp(800 + 3j), lambda: cmath.sinh(1000),
    lambda: cmath.cosh(-1000 + 1j), lambda: cmath.sin(1000j), lambda: cmath.cos(1000j),
    lambda: cmath.rect(1, float("inf")), lambda: cmath.rect(1e308, 0.5), lambda: cmath.exp(complex(0, float("inf"))),
    lambda: cmath.sin(float("inf")), lambda: cmath.phase(1e300 - 1e-300j),
    lambda: cmath.sqrt("a"), lambda: cmath.sqrt(None), lambda: cmath.exp([]), lambda: cmath.rect("x", 1),
    lambda: cmath.log(1, "b"), lambda: cmath.phase(b"1"),
    lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol=-0.5),
    lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, foo=1), lambda: cmath.isclose("a", 1),
    lambda: cmath.isclose(1, 2, rel_tol="x"),
]
for i, case in enumerate(CASES):
    try:
        r = case()
        print(i, "ok", r if not isinstance(r, complex) else ("%.12g" % r.real, "%.12g" % r.imag))
    except (ValueError, OverflowError, TypeError) as e:
        print(i, type(e).__name__, e)
