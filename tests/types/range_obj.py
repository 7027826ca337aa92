# range objects: iteration, indexing, slicing, len, membership, repr, equality.
r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], r[2], r[1:4], r[::-1], list(r[::2]), 5 in r, 6 in r)
print(range(5), range(1, 5), range(0, 10, 2), repr(range(3, -3, -1)), list(range(3, -3, -1)))
print(len(range(0)), len(range(10, 0)), len(range(0, 10, -1)), len(range(-5, 5, 3)), list(range(-5, 5, 3)))
print(range(0, 3) == range(3), range(0) == range(5, 5), range(2, 10, 4) == range(2, 9, 4))
print(r.start, r.stop, r.step, r.index(11), r.count(8), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big, big[10 ** 6:10 ** 6 + 3])
print(list(reversed(range(4))), min(range(3, 9)), max(range(3, 9)), sorted(range(3), reverse=True))
