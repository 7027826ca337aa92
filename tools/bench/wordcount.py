# Dicts and sets: counting words, set algebra.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def words(n):
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append("w%d" % (seed % 5000))
    return out

def work(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    seen = set()
    dup = 0
    for w in ws:
        if w in seen:
            dup += 1
        else:
            seen.add(w)
    evens = {w for w in seen if int(w[1:]) % 2 == 0}
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return len(counts), dup, len(evens & seen), len(seen - evens), top

ws = words(int(600000 * SCALE))
print(work(ws))
