# array.array slicing: load, assignment with an array, deletion, extended slices.
from array import array

a = array('i', range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[5:2], a[:])
b = array('i', range(10))
b[2:5] = array('i', [100])
print(b)
b[0:0] = array('i', [7, 8])
print(b)
b[:] = b
print(b)
b[1:3] = b
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
c = array('d', [0.0] * 6)
c[::2] = array('d', [1.5, 2.5, 3.5])
print(c)
c[::-1] = c
print(c)
for bad in ([1], array('d', [1.0]), array('i', [1, 2, 3])):
    try:
        a[0:1] = bad if not isinstance(bad, array) or bad.typecode != 'i' else bad
        a[::2] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(a)
