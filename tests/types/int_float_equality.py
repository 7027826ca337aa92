# Equality and ordering between ints, floats, bools and big ints are exact.
pairs = [(1, 1.0), (0, -0.0), (2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53), (10 ** 16, 1e16), (True, 1.0),
         (-1, -1.0), (2 ** 64, 1.8446744073709552e19), (3, 3.0000000000000004), (0.5, 1)]
for a, b in pairs:
    print(a, b, a == b, a < b, a > b, a <= b)
print(1 == 1.0 == True, {1, 1.0, True} == {1}, [1, 2.0, 3] == [1.0, 2, 3.0])
print(float(2 ** 63) == 2 ** 63, int(float(2 ** 63)) == 2 ** 63, 2 ** 1000 > 1e300, -2 ** 1000 < -1e300)
print(max(2 ** 64, 1.8e19), min(-1, -1.0), sorted([1.5, 1, 2 ** 60, -0.5]))
