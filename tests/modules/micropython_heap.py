# micropython: heap_lock nests and makes allocation raise MemoryError (schedule: micropython_schedule.py)
import micropython

print(micropython.heap_locked())
# Results go into slots made beforehand: nothing may allocate while the heap is locked.
r = [None, None, None, None]
micropython.heap_lock()
micropython.heap_lock()
r[0] = micropython.heap_locked()
try:
    big = [1, 2, 3] * 100
except MemoryError:
    r[1] = "MemoryError"
r[2] = micropython.heap_unlock()
try:
    s = "x" * 1000
except MemoryError:
    r[3] = "still locked"
print(micropython.heap_unlock(), micropython.heap_locked(), r)
# An unlock too many is harmless: the depth stays at 0 and the heap usable.
print(micropython.heap_unlock(), len([0] * 100))

print("done")
