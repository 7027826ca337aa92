# list methods and mutation.
l = [3, 1, 4, 1, 5]
l.append(9); print(l)
l.extend([2, 6]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 100); l.insert(-1, 200); l.insert(1000, 300); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(1), l.index(5), l.count(1), l.count(42))
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, len(l))
l.sort(); print(l)
l.sort(reverse=True); print(l)
for bad in [lambda: l.remove(42), lambda: l.index(42), lambda: [].pop(), lambda: l.pop(100)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1, 2], [] * 5)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({1: 2}))
x = [1, 2, 3]
y = x
y += [4]
y = y + [5]
print(x, y)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, [2]] == [1, [2]], 2 in [1, 2], [1] * 0 == [])
