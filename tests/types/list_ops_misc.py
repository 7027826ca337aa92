# Lists: copies (shallow), aliasing, nested mutation, membership, equality, min/max, multiplication.
a = [[1, 2], [3]]
b = a[:]
c = list(a)
b.append([4])
b[0].append(99)
print(a, b, c)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, [2, 3]] < [1, [2, 4]], [] == [], [0] > [])
print(max([3, 7, 2]), min([[2], [1, 5]]), len([[], []]), [None] * 3, [1, 2] * 2)
l = list(range(5))
print(len(l), l[2], 4 in l, next(reversed(l)))
l[:] = "xyz"
print(l)
l2 = l
l2 *= 2
print(l, l is l2)
print([x for x in [3, 1, 2] if x in {1, 2}], [1, 2, 3].index(2, 1), [1, 2, 1].count(1))
