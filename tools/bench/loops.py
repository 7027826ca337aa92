# Nested integer loops: range iteration, local arithmetic, comparisons.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def work(n):
    total = 0
    for i in range(n):
        for j in range(100):
            total = (total + i * j) % 1000003
            if j & 7 == 3:
                total ^= i
    return total

print(work(int(48000 * SCALE)))
