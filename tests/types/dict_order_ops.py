# Dict insertion order through updates, deletions, re-insertion; dict equality ignores order.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d.items()))
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = -1
print(list(d.items()))
e = dict(d)
print(e == d, list(e) == list(d))
f = {"b": 3, "a": 100, "m": 2, "z": -1}
print(f == d, list(f) == list(d))
print(dict(sorted(d.items())), dict(reversed(list(d.items()))))
print({k: v for k, v in d.items() if v > 0}, max(d, key=d.get), min(d.values()))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
