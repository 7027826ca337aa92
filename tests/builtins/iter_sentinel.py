# iter(callable, sentinel) and iterator consumption patterns.
data = [3, 1, 4, 0, 5]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos)
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
it = iter(Counter(), 3)
print(next(it), next(it), next(it, "stop"))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
