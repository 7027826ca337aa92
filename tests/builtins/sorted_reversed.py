# sorted on many iterables, and reversed on sequences and custom classes.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted(range(5), reverse=True), sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"], key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[3], [1, 2], []], key=len))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(1, 10, 3))))
orig = [5, 4, 3]
s = sorted(orig)
print(s, orig, s is orig)
try:
    sorted([1, 2], key=5)
except TypeError:
    print("TypeError: key not callable")
try:
    sorted([1, 2], 5)
except TypeError:
    print("TypeError: positional args")
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
