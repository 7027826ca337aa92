# time.ticks_*: MicroPython's wraparound arithmetic over a period of 2**30, fixed values
import time

PERIOD = 1 << 30
HALF = PERIOD // 2
MAX = time.ticks_add(0, -1)
print(MAX, MAX == PERIOD - 1)

print(time.ticks_diff(1, 0), time.ticks_diff(0, 1), time.ticks_diff(5, 5))
print(time.ticks_diff(0, MAX), time.ticks_diff(MAX, 0), time.ticks_diff(0, MAX - 1))
print(time.ticks_diff(HALF, 1), time.ticks_diff(HALF, 0), time.ticks_diff(0, HALF))
print(time.ticks_diff(HALF + 100, 101), time.ticks_diff(HALF + 100, 100))
print(time.ticks_diff(time.ticks_add(MAX, 10), MAX), time.ticks_diff(MAX, time.ticks_add(MAX, 10)))

print(time.ticks_add(MAX, 1), time.ticks_add(0, 1), time.ticks_add(100, -200))
print(time.ticks_add(PERIOD - 5, 10), time.ticks_add(5, -(HALF - 1)), time.ticks_add(0, HALF - 1))
for t in (0, 12345, MAX, HALF):
    for d in (1, -1, 1000, -1000, HALF - 1, -(HALF - 1)):
        assert time.ticks_diff(time.ticks_add(t, d), t) == d, (t, d)
        assert time.ticks_diff(t, time.ticks_add(t, d)) == -d, (t, d)
print("round trips ok")

# The counters stay in [0, period) and move forward (not by how much).
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    a = f()
    time.sleep_us(10)
    b = f()
    print(0 <= a < PERIOD, 0 <= b < PERIOD, time.ticks_diff(b, a) >= 0)
time.sleep_ms(0)
time.sleep_ms(-5)
time.sleep_us(-5)
time.sleep_ms(1)

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(time.ticks_add, 0, HALF)
show(time.ticks_add, 0, -HALF)
show(time.ticks_add, 0, "1")
show(time.ticks_diff, 1.5, 0)
show(time.sleep_ms, "1")
