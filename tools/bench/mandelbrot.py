# Float arithmetic in a tight loop.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def mandel(w, h, limit):
    count = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            count += n
    return count

print(mandel(int(480 * SCALE), 160, 60))
