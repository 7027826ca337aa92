# Deeply nested blocks, data structures and expressions.
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
x = nest(30)
depth = 0
while x:
    x = x[0]
    depth += 1
print(depth)
found = []
for a in range(4):
    for b in range(4):
        for c in range(4):
            if a < b:
                if b < c:
                    try:
                        with Ctx():
                            while True:
                                found.append(a * 100 + b * 10 + c)
                                break
                    finally:
                        pass
print(found)
print(((((((1 + 2) * 3) - 4) // 2) ** 2) % 7), [[[[[["deep"]]]]]][0][0][0][0][0][0])
d = {"a": {"b": {"c": {"d": [1, {"e": "found"}]}}}}
print(d["a"]["b"]["c"]["d"][1]["e"])
