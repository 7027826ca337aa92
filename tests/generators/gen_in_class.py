# Generators as __iter__ methods and as methods with arguments and state.
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def row(self, y):
        for x in range(self.w):
            yield (x, y)
r = Range2D(3, 2)
print(list(r), list(r.row(1)), len(list(r)), (2, 1) in r)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), sum(Fib(1000)), max(Fib(50)))
it1, it2 = iter(Fib(10)), iter(Fib(10))
print(next(it1), next(it1), next(it2))
