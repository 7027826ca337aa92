# Sequence unpacking in assignments, loops and nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3, 4]
print(x, y)
*x, y = "abcd"
print(x, y)
first, *mid, last = range(6)
print(first, mid, last)
p, *q = [9]
print(p, q)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for i, (k, *v) in enumerate([("x", 1, 2), ("y",)]):
    print(i, k, v)
m = n = o = 7
print(m, n, o)
s = "hi"
h, i = s
print(h, i)
d = {"k1": 1, "k2": 2}
k1, k2 = sorted(d)
print(k1, k2)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
