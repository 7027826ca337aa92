# gc.threshold (MicroPython's): collect after that many bytes were allocated; 0 collects
# before every allocation (a stress mode), -1 returns to the automatic policy.
import gc

print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())

# Stress: collect at every allocation while building linked structures; every
# object must survive exactly as long as it is reachable.
gc.threshold(0)
nodes = None
for i in range(300):
    nodes = (i, str(i) * 2, [i, i + 1], nodes)
total = 0
n = nodes
while n is not None:
    total += n[0] + len(n[1]) + n[2][1]
    n = n[3]
d = {str(k): [k] * 3 for k in range(100)}
print(total, len(d), d["42"], sorted(d)[:3])
gc.threshold(-1)
print(gc.threshold())

try:
    gc.threshold(-5)
except ValueError as e:
    print("ValueError", e)
