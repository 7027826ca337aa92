# __call__ instances, callable(), bound methods as values, functions as attributes.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(4), m(4, 1, 2), m(1, scale=10), callable(m), callable(Multiplier), callable(3), callable(print))
print(list(map(m, [1, 2, 3])))
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self
a = Acc()
add = a.add
add(5); add(6)
print(a.total, add.__self__ is a, add.__func__ is Acc.add)
class Holder:
    pass
h = Holder()
h.fn = lambda x: x + 1
print(h.fn(1))
def plain(self):
    return "plain method on %s" % type(self).__name__
Holder.method = plain
print(h.method())
try:
    Holder()()
except TypeError as e:
    print("TypeError", e)
