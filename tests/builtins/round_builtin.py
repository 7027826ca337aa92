# round(): ties to even for ints and floats, ndigits positive/negative/zero, return types.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1.005, 123.455, 5, -5, 15, 25, 2 ** 70]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__, type(round(v, 1)).__name__)
print(round(1234567, -3), round(-1250, -2), round(1e15 + 0.5), round(0.1 + 0.2, 15), round(2.5, None))
