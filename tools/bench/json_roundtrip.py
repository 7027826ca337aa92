# json: dumps and loads of nested structures.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
import json

def make(n):
    return {"items": [{"id": i, "name": "n%d" % i, "tags": ["a", "b", str(i % 7)],
                       "score": i * 0.5, "ok": i % 2 == 0, "none": None}
                      for i in range(n)],
            "meta": {"count": n, "title": "bench \u00e9 \"quoted\""}}

def work(rounds):
    total = 0
    doc = make(300)
    for _ in range(rounds):
        s = json.dumps(doc)
        back = json.loads(s)
        total += len(s) + back["meta"]["count"] + len(back["items"][-1]["tags"])
    return total

print(work(int(400 * SCALE)))
