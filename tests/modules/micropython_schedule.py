# micropython.schedule: callbacks run at the VM's next safe point (a loop's backward
# jump, a call), in order, not nested; a full queue raises RuntimeError; a callback's
# exception surfaces in the code it interrupted.
import micropython

log = []

def cb(arg):
    log.append(arg)

micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print("queued", log)
for i in range(2):
    pass
print("after loop", log)

# A callback that schedules another: the second runs after the first, not inside it.
def outer(arg):
    log.append("outer-start")
    micropython.schedule(cb, "inner")
    for i in range(3):
        pass
    log.append("outer-end")

log.clear()
micropython.schedule(outer, None)
for i in range(2):
    pass
print(log)

# The queue holds a bounded number of entries (8); straight-line code has no safe
# point between these calls, so nothing drains it.
s = micropython.schedule
n = 0
log.clear()
try:
    s(cb, 0); n += 1; s(cb, 1); n += 1; s(cb, 2); n += 1; s(cb, 3); n += 1
    s(cb, 4); n += 1; s(cb, 5); n += 1; s(cb, 6); n += 1; s(cb, 7); n += 1
    s(cb, 8); n += 1; s(cb, 9); n += 1
except RuntimeError as e:
    print("full after", n, e)
def f():
    return 1
f()
print(len(log), log[:3])

# An exception from a callback appears where the interrupted code was.
def bad(arg):
    raise ValueError(arg)

micropython.schedule(bad, "boom")
try:
    for i in range(3):
        pass
except ValueError as e:
    print("caught", e)
print("done")
