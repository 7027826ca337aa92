# Mutating containers while iterating: lists behave by index, dicts and sets raise.
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {1: "a", 2: "b"}
for k in list(d2):
    del d2[k]
print(d2)
d3 = {1: 0, 2: 0}
for k in d3:
    d3[k] += 1
print(d3)
