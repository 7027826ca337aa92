# String building and methods.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def work(n):
    total = 0
    for i in range(n):
        s = "item-%d:%s" % (i, "x" * (i % 7))
        parts = s.split(":")
        u = parts[0].upper().replace("ITEM", "it")
        j = ",".join([u, parts[1], str(i * 3)])
        if j.startswith("it-1"):
            total += len(j)
        total += j.find("x") + j.count(",")
        f = f"{i:05d}|{u:>12}|{len(s)}"
        total += len(f.strip())
    return total

print(work(int(180000 * SCALE)))
