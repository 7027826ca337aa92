# time.gmtime: struct_time fields for fixed timestamps, its tuple behaviour, and errors
import time

for secs in (0, 1700000000, 951782400, 4102444799, -1, -86400 * 366, 1.999, -1.5, True):
    print(secs, time.gmtime(secs))

g = time.gmtime(1700000000)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
print(g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(len(g), g[0], g[-1], g[1:3], list(g)[:3], tuple(g) == g, g == tuple(g))
print(isinstance(g, tuple), type(g), g.count(0), g.index(14))
print(g + (1,), hash(g) == hash(tuple(g)), g < time.gmtime(1700000001))
year, month, day, *rest = g
print(year, month, day, rest)

s = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(s, s.tm_zone)
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, "UTC", 0]).tm_zone)

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(time.gmtime, "x")
show(time.gmtime, float("nan"))
show(time.gmtime, 1e20)
show(time.gmtime, 2 ** 70)
show(time.gmtime, 10 ** 18)
show(time.struct_time, (1, 2, 3))
show(time.struct_time, range(12))
show(time.struct_time, 5)
try:
    g[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    g.tm_nothing
except AttributeError as e:
    print("AttributeError", e)
