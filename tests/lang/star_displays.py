# Star and double-star in displays and calls: [*a, *b], {**a, **b}, (*a,), {*a}.
a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b, *"xy"], (*a,), (*a, *b))
print(sorted({*a, *b, 2}), [*range(3), *{5: 0}])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({**{}, **{}}, [*[], *()])
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **d1, w=9))
print(f(*"ab", 1, *[2]))
merged = {**dict(a=1), **dict(b=2)}
print(merged)
nested = [*[*a, *b], *[[*a]]]
print(nested)
print(*a, *b, sep="-")
t = *a, *b
print(t)
