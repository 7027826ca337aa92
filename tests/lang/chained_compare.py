# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
calls.clear()
print(f(1) == f(1) != f(2) is not None, calls)
a = [1, 2]
print(1 in a not in [[3]], a is a is not None)
x = 5
print(0 <= x < 10, 0 <= x < 5, x > 1 > 0 > -1)
print("a" < "b" < "c" <= "c", (1, 2) < (1, 3) <= (2,))
print([1, 2] < [1, 2, 0], [] < [0], (1,) == (1,) == (1,))
for v in range(-1, 4):
    print(v, 0 < v < 3, not (0 < v < 3))
