# Augmented assignment on names, items, attributes; in-place vs rebinding.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
f = 7.0
f /= 2; print(f)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class C:
    n = 0
c = C()
c.n += 1
print(c.n, C.n)
arr = [[0] * 2 for _ in range(2)]
arr[1][0] += 5
print(arr)
i = 0
idx = [10, 20, 30]
idx[i + 1] -= 1
print(idx)
