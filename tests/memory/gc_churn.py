# mote-args: -X heapsize=256K
# Lots of short-lived garbage fits in a small heap because the GC reclaims it.
total = 0
for i in range(3000):
    tmp = [i] * 20
    s = str(i) * 3
    d = {"k": tmp, "s": s}
    total += len(d["k"]) + len(d["s"])
print(total)
keep = []
for i in range(200):
    keep.append((i, str(i)))
    garbage = [str(j) for j in range(30)]
print(len(keep), keep[-1], len(garbage))
words = " ".join(str(i) for i in range(500)).split()
print(len(words), words[-1])
