# Mixed int/float/bool arithmetic and the result types.
vals = [True, 3, -7, 2.5, -0.5]
for a in vals:
    row = []
    for b in vals:
        row.append(repr(a + b))
        row.append(repr(a * b))
        row.append(repr(a - b))
    print(" ".join(row))
print(True + True, True * 10, False - 1, type(True + 1).__name__)
print(7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, 4 ** 0.5)
print(1 / 3, 2 / 3, 10 / 4, 1e16 / 3)
print(abs(-3), abs(3.5), abs(-0.0), -0.0, 0.0 == -0.0)
