# sort/sorted with key, reverse, stability, and mixed comparisons errors.
data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
records = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}]
print([r["n"] for r in sorted(records, key=lambda r: r["age"])])
s = sorted(pairs, key=lambda p: p[0])
s = sorted(s, key=lambda p: p[1])
print(s)
l = [3, 1, 2]
l.sort(key=lambda v: -v)
print(l)
print(sorted("hello"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted([]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([2.5, 1, -3, True]), sorted(range(5), key=lambda v: v % 3))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-3:], sorted(big) == sorted(big, reverse=True)[::-1])
