# Lists and tuples: indexing, slicing, append/pop, unpacking.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def work(n):
    stack = []
    total = 0
    grid = [[(i * j) % 17 for j in range(50)] for i in range(50)]
    for r in range(n):
        for row in grid:
            total += row[r % 50] + row[-1]
        stack.append((r, r * 2))
        if len(stack) > 100:
            a, b = stack.pop()
            total += a - b
            del stack[:50]
        t = grid[r % 50][10:20]
        total += t[3] + len(t)
    return total

print(work(int(120000 * SCALE)))
