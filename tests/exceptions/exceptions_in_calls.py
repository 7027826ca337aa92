# Exceptions propagating through many frames, methods, lambdas and comprehensions.
def level(n):
    if n == 0:
        raise LookupError("bottom")
    return level(n - 1)
try:
    level(20)
except LookupError as e:
    print("from depth", e)
class C:
    def method(self):
        return [1 / x for x in [1, 0]]
try:
    C().method()
except ZeroDivisionError as e:
    print("comprehension", e)
try:
    list(map(lambda x: x["k"], [{"k": 1}, {}]))
except KeyError as e:
    print("lambda in map", e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("sort key", e)
def gen():
    yield 1
    raise ValueError("gen")
try:
    print(sum(gen()))
except ValueError as e:
    print("sum over gen", e)
try:
    {k: 1 / k for k in range(-1, 2)}
except ZeroDivisionError:
    print("dict comp")
