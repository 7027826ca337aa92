# enumerate, zip, map, filter, reversed, iter, next, all, any.
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 2), (3, 4)])))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
print(all([]), any([]), all([1, 1]), all([1, 0]), any([0, 0, 1]), any(x > 2 for x in [1, 2]))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", range(10))
print(next(z), list(z))
print(dict(zip("abc", range(3))), list(enumerate(zip("xy", "pq"))))
print(type(map(abs, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
