# Tuples: construction, immutability, methods, comparison, hashing, nesting.
t = (1, "a", [2])
print(t, len(t), t[0], t[-1], t[1:], (), (1,), tuple(), tuple([1, 2]), tuple("ab"))
print(t.count(1), t.index("a"), (1, 2) + (3,), (0,) * 3, 1 in t, (1, 2) < (1, 3), (1, 2) == (1, 2))
t[2].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "p"}[(1, 2)])
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
x = 1, 2, 3
print(x, type(x).__name__, x[::-1], x[::2])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(repr((1,)), repr(()), str((("a",),)), max((1, 5, 3)), sum((1, 2)))
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError", e)
