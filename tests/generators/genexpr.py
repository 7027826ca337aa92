# Generator expressions: laziness, consumption by builtins, single pass, scoping.
calls = []
def noisy(x):
    calls.append(x)
    return x
g = (noisy(i) for i in range(5))
print(calls)
print(next(g), calls)
print(sum(g), calls)
print(sum(x * x for x in range(10)), max(x % 7 for x in range(20)), min(len(s) for s in ["aa", "b"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), sorted(c for c in "zyx"))
print(list((a, b) for a in range(2) for b in "xy"), tuple(i for i in range(3) if i))
print(dict((k, k * 2) for k in range(3)), ",".join(str(i) for i in range(4)))
g2 = (i for i in range(3))
print(list(g2), list(g2))
lines = ["a=1", "b=2", "bad", "c=3"]
pairs = (l.split("=") for l in lines if "=" in l)
print({k: int(v) for k, v in pairs})
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(x for x in (y * 2 for y in range(4)) if x > 2))
