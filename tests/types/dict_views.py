# dict views are live; set operations on keys/items views.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(k), list(v), list(it), len(k), "d" in k, 4 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 5)}))
del d["a"]
print(list(k), list(reversed(list(k))))
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
e = {i: i * i for i in range(5)}
print(sum(e.values()), max(e), min(e.items()), sorted(e.items(), key=lambda kv: -kv[1])[0])
print(type(k).__name__, type(v).__name__, type(it).__name__)
