# The math module: constants, rounding, powers and logs, trig, integer helpers.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.hypot(3, 4))
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.tan(math.pi / 4), 12), math.atan2(1, 1) * 4 == math.pi)
print(round(math.asin(1), 12), round(math.acos(1), 12), round(math.atan(1), 12), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.factorial(20), math.gcd(48, 18), math.isclose(0.1 + 0.2, 0.3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
