# cmath's trigonometric and hyperbolic functions and their inverses, on each side
# of the branch cuts (signed zeros pick the side).
import cmath

NAMES = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
VALUES = [0.5, -2, 1 + 1j, -3 + 0.25j, 0.5 - 2j, 2j, complex(2, -0.0), complex(-2, 0.0), complex(0.0, 2), complex(-0.0, -2)]

for name in NAMES:
    f = getattr(cmath, name)
    row = []
    for v in VALUES:
        z = f(v)
        row.append("%.12g%+.12gj" % (z.real, z.imag))
    print(name, " ".join(row))

# Exact values and signs of zeros.
print(cmath.sin(0), cmath.cos(0), cmath.tan(0j), cmath.asin(0), cmath.atan(complex(-0.0, 0.0)))
print(cmath.sinh(0), cmath.cosh(0), cmath.tanh(complex(-0.0, -0.0)), cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
print(cmath.acos(1), cmath.acos(-1), cmath.acos(0), cmath.asin(1), cmath.atan(1) * 4 == cmath.pi)
# Inverse of the forward function.
for name, inv in [("sin", "asin"), ("cos", "acos"), ("tan", "atan"), ("sinh", "asinh"), ("cosh", "acosh"), ("tanh", "atanh")]:
    z = getattr(cmath, inv)(getattr(cmath, name)(0.3 + 0.4j))
    print(name, round(z.real, 12), round(z.imag, 12))
# Large arguments stay finite where the result is.
z = cmath.tanh(500 + 1j)
print(z.real, round(z.imag, 12), cmath.tan(1e308j), cmath.tanh(-1000))
z = cmath.asinh(1e300 + 1e300j)
print(round(z.real, 9), round(z.imag, 12))
z = cmath.acosh(-1e300)
print(round(z.real, 9), round(z.imag, 12))
z = cmath.atanh(1e300j)
print(z.real, round(z.imag, 12))
z = cmath.exp(709.5 + 0.1j)
print(round(z.real / 1e308, 9), round(z.imag / 1e307, 9))
