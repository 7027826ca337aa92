# dict operations: insertion order, get/setdefault/pop/popitem/update, views.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, 1 in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 99), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("z", "default"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, w=0), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
c = d.copy()
c.clear()
print(c, len(d), {1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2})
del d["a"]
d["a"] = "back"
print(list(d), d | {"q": 0})
