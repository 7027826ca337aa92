# time: the clocks move forward, sleep(0) works, localtime and mktime round-trip
import time

t1 = time.time()
n1 = time.time_ns()
m1 = time.monotonic()
p1 = time.perf_counter()
mn1 = time.monotonic_ns()
time.sleep(0)
time.sleep(0.001)
time.sleep(False)
print(time.time() >= t1, time.time_ns() >= n1, time.monotonic() >= m1)
print(time.perf_counter() >= p1, time.monotonic_ns() >= mn1)
print(type(t1).__name__, type(n1).__name__, type(m1).__name__, type(mn1).__name__)
print(t1 > 1.6e9, n1 > 16 * 10 ** 17, abs(n1 / 1e9 - t1) < 60)

# localtime and mktime invert each other (in whatever zone this machine is in).
for secs in (0, 86400 * 365, 1000000000, 1700000000, 1234567890):
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == secs, time.localtime(time.mktime(lt)) == lt)
print(type(time.mktime(time.localtime(0))).__name__)
print(time.localtime(None).tm_year >= 2024, time.gmtime().tm_year >= 2024)
print(time.mktime(tuple(time.localtime(1700000000))))

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(time.sleep, -1)
show(time.sleep, "1")
show(time.sleep, float("nan"))
show(time.mktime, (1, 2))
show(time.mktime, [2000, 1, 1, 0, 0, 0, 0, 0, 0])
show(time.mktime, 5)
show(time.mktime, (2000, 1, 1, 0, 0, 0, 0, 0, "a"))
show(time.mktime, (2000, 1, 1, 0, 0, 0, 0, 0, 1.5))
show(time.mktime, (2 ** 31, 1, 1, 0, 0, 0, 0, 0, 0))
show(time.mktime, (-2 ** 31, 1, 1, 0, 0, 0, 0, 0, 0))
show(time.localtime, "x")
