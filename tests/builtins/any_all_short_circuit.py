# any/all stop at the first deciding element; work over generators and custom iterables.
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(v) for v in [5, 4, 1, 9]), seen)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(iter([0, 0, 7])))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return self.v
print(any([Truthy(False), Truthy(True), Truthy(True)]))
print(all([Truthy(True), Truthy(False), Truthy(True)]))
print(any(x % 7 == 0 for x in range(1, 100)), all(x < 100 for x in range(100)))
