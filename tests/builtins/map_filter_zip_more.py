# Lazy map/filter/zip over generators and infinite iterators; stopping at the shortest.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip("abc", naturals())), list(map(lambda a, b: a * b, range(4), naturals())))
evens = filter(lambda x: x % 2 == 0, naturals())
print([next(evens) for _ in range(5)])
sq = map(lambda x: x * x, naturals())
print([next(sq) for _ in range(5)])
z = zip(range(3), range(10), "abcd")
print(list(z))
print(list(map(len, ["a", "bb", ""])), list(filter(str.isdigit, "a1b2c3")), dict(zip(range(3), "xyz")))
pairs = list(zip(*zip("ab", "cd")))
print(pairs)
print(list(enumerate(map(str.upper, "xy"), start=1)))
