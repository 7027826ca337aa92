# List slicing: read, assign (incl. resizing and extended), delete.
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-1:-4:-1], a[3:3], a[20:])
b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = [-2, -1]
print(b)
b[len(b):] = [99]
print(b)
b[1:3] = []
print(b)
c = list(range(8))
c[::2] = "abcd"
print(c)
c[1::2] = [None] * 4
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:-1]
print(d)
e = [1, 2, 3]
e[1:2] = range(5)
print(e)
e[-1:] = "xy"
print(e)
print(a[slice(2, 8, 2)], a[slice(None)], len(a[::3]))
m = [[0] * 3 for _ in range(3)]
m[1][1:] = [5, 6]
print(m)
