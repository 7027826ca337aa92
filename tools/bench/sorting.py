# Sorting and comprehensions.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def work(n):
    seed = 42
    data = []
    for _ in range(n):
        seed = (seed * 69069 + 1) & 0xffffffff
        data.append(seed % 100000)
    a = sorted(data)
    b = sorted(data, reverse=True)
    c = sorted(data, key=lambda v: (v % 100, v))
    sq = [v * v for v in a if v % 3 == 0]
    pairs = {v: i for i, v in enumerate(b[:1000])}
    tup = sorted((v % 10, -v) for v in data[:20000])
    return a[n // 2], b[10], c[5], sum(sq) % 1000003, len(pairs), tup[:2]

print(work(int(240000 * SCALE)))
