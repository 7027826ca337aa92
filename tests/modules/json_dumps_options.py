# json.dumps options: indent, separators, sort_keys, skipkeys, default, allow_nan.
import json
data = {"b": [1, 2, {"x": []}], "a": {}, "c": "s", "d": [[]]}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=-3))
print(json.dumps(data, indent=""))
print(json.dumps([1, [2, 3]], indent=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=[";", "="]))
print(json.dumps(data, indent=1, separators=(", ", ": ")))
print(json.dumps(data, sort_keys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): 1, "a": 2, 3: 4, (5,): 6}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), repr(json.dumps({(1,): 1}, skipkeys=True, indent=2)))
print(json.dumps([1, {2, 3}, b"x"], default=lambda o: sorted(o) if isinstance(o, set) else o.decode()))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps({"p": Point(1, 2)}, default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps([float("nan"), 1.0], allow_nan=True))
print(json.dumps({"c": 1, "a": 2}, sort_keys=False), json.dumps({"c": 1, "a": 2}, sort_keys=1))
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
print(json.dumps([[1], [1]], check_circular=False))
cases = [
    lambda: json.dumps(object()),
    lambda: json.dumps({"a": {1, 2}}),
    lambda: json.dumps(b"bytes"),
    lambda: json.dumps({(1,): 2}),
    lambda: json.dumps({1: 2, "a": 3}, sort_keys=True),
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps([float("-inf")], allow_nan=False),
    lambda: json.dumps({float("inf"): 1}, allow_nan=False),
    lambda: json.dumps(lst),
    lambda: json.dumps(d),
    lambda: json.dumps(Point(1, 2), default=lambda o: o),
    lambda: json.dumps(1, 2),
    lambda: json.dumps(),
    lambda: json.dumps(1, bogus=True),
    lambda: json.dumps([1], indent=1.5),
    lambda: json.dumps([1], separators=(",",)),
    lambda: json.dumps([1], separators=(",", 2)),
    lambda: json.dumps([1], separators=(1, ":")),
    lambda: json.dumps(1, default=lambda o: 1 / 0),
    lambda: json.dumps(object(), default=lambda o: 1 / 0),
]
for f in cases:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
