# Hand-written sorting algorithms compared against sorted().
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def quick(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)
print(data)
print(bubble(data))
print(quick(data) == sorted(data), merge_sort(data) == sorted(data), bubble(data) == sorted(data))
print(merge_sort(["pear", "apple", "fig"]))
