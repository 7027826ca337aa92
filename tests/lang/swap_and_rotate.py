# Tuple-based swaps and rotations evaluate the right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 1, 2
lst[i], lst[j] = lst[j], lst[i]
print(lst)
x = [0, 1]
i = 0
i, x[i] = 1, 9
print(i, x)
def rotate(seq, k):
    k %= len(seq)
    return seq[-k:] + seq[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("abcdef", -1), rotate((1, 2, 3), 4))
m, n = 1071, 462
while n:
    m, n = n, m % n
print("gcd", m)
