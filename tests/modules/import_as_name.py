# Importing standard modules under other names, inside functions and conditionally.
import math as m, sys as system
print(m.sqrt(81), system is __import__("sys"))
def use():
    from math import floor, ceil as c
    return floor(2.5), c(2.5)
print(use())
if True:
    import math
print(math is m)
mod = __import__("math")
print(mod.gcd(12, 8))
