# The cmath module: constants, exact branch-cut results, polar/rect, logs, predicates.
import cmath


def show(z):
    # Rounded: the last bit of transcendental results may differ between libms.
    print(round(z.real, 12), round(z.imag, 12))


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
# Exact results, following CPython's branch cuts and signed zeros.
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(4), cmath.sqrt(0j))
print(cmath.sqrt(3 + 4j), cmath.sqrt(-3 - 4j), cmath.sqrt(complex(0.0, -0.0)))
print(cmath.log(-1), cmath.log(1), cmath.log(1j), cmath.log(-1j), cmath.log(True))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log10(100), cmath.log10(-10))
print(cmath.exp(0), cmath.exp(complex(1, -0.0)) == cmath.e, cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print(cmath.phase(1j), cmath.phase(0), cmath.polar(-2), cmath.polar(3 + 4j), cmath.rect(2, 0), cmath.rect(-2, -0.0))
show(cmath.rect(2, cmath.pi / 2))
show(cmath.exp(1 + 1j))
show(cmath.log(3 + 4j))
show(cmath.log(3 + 4j, 2 - 1j))
show(cmath.log10(1 + 1j))
show(cmath.sqrt(2j))
show(cmath.sqrt(1e300 + 1e300j) / 1e150)
# Round trips.
r, phi = cmath.polar(-1.5 + 2.5j)
show(cmath.rect(r, phi))
show(cmath.exp(cmath.log(-2 + 0.5j)))
print(cmath.isfinite(1 + 2j), cmath.isfinite(cmath.infj), cmath.isfinite(complex(cmath.nan, 0)))
print(cmath.isinf(complex(1, -cmath.inf)), cmath.isinf(3), cmath.isinf(cmath.nanj))
print(cmath.isnan(cmath.nanj), cmath.isnan(2.5), cmath.isnan(complex(cmath.inf, 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(cmath.inf, 1e308), cmath.isclose(1j, 1j, rel_tol=0))
