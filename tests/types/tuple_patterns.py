# Tuples as records: returning several values, sorting records, nested unpacking in loops.
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
people = [("ann", 31, ("paris", "fr")), ("bob", 25, ("rome", "it")), ("cy", 31, ("oslo", "no"))]
for name, age, (city, country) in sorted(people, key=lambda p: (-p[1], p[0])):
    print(name, age, city, country.upper())
print(tuple(sorted(people))[0][0], max(people, key=lambda p: p[2][0])[0])
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5, point * 2, point + (5,), point[::-1], point.count(3))
empty = ()
single = ("one",)
print(len(empty), len(single), single[0], empty == tuple(), (1, (2, (3,)))[1][1][0])
t = tuple(range(5))
print(t[1:4], t[-2:], t.index(3), 4 in t, sum(t), tuple(x * 2 for x in t))
