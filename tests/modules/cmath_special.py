# cmath on infinities and NaNs: CPython's special values and its ValueErrors.
import cmath

inf, nan = float("inf"), float("nan")
PARTS = [-inf, -1.5, -0.0, 0.0, 1.5, inf, nan]
NAMES = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar"]


def fmt(r):
    # Special values are exact; finite parts are rounded for portability.
    if isinstance(r, tuple):
        return "(" + ", ".join(fmt(x) for x in r) + ")"
    if isinstance(r, complex):
        return "%s|%s" % (fmt(r.real), fmt(r.imag))
    return repr(r) if r != r or r in (inf, -inf, 0.0) else repr(round(r, 12))


for name in NAMES:
    f = getattr(cmath, name)
    out = []
    for a in PARTS:
        for b in PARTS:
            if (a == a and abs(a) == 1.5) and (b == b and abs(b) == 1.5):
                continue
            try:
                out.append(fmt(f(complex(a, b))))
            except ValueError:
                out.append("VE")
    print(name, " ".join(out))
for a in PARTS:
    out = []
    for b in PARTS:
        try:
            out.append(fmt(cmath.rect(a, b)))
        except ValueError:
            out.append("VE")
    print("rect", a, " ".join(out))
