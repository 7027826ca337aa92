# __iter__/__next__ classes in for loops, list(), unpacking, sum, zip, in.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in Countdown(3):
    print("tick", i)
print(list(Countdown(5)), sum(Countdown(4)), 2 in Countdown(3), max(Countdown(6)))
a, b, c = Countdown(3)
print(a, b, c)
class Repeatable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Repeatable("xyz")
print(list(r), list(r), list(zip(r, Countdown(3))), sorted(r, reverse=True))
class GenIter:
    def __iter__(self):
        yield 1
        yield 2
print(list(GenIter()), [x * 10 for x in GenIter()], dict.fromkeys(GenIter()))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print("TypeError", e)
