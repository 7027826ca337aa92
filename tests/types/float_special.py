# inf and nan: arithmetic, comparisons, conversion errors.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), inf + 1, inf * -1, inf - inf, 0 * inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf, inf / inf, max(1, inf), min(-inf, 0))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
print(round(inf, 2), round(nan, 1) != round(nan, 1))
print(sorted([3.0, -inf, 1.0, inf]), [x for x in [nan, 1.0] if x == x])
print(float("nan") in [nan], nan is nan, [nan] == [nan])
print(f"{inf:.2f} {nan:f} {-inf:e}", "%f %g" % (inf, -inf))
