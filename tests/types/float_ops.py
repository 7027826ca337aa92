# Float arithmetic, floor division, modulo signs, rounding, is_integer.
for a in [7.5, -7.5, 0.5, 3.0]:
    for b in [2.0, -2.0, 0.25]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1), round(-1.25, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7, 0), type(round(7.0, 0)).__name__)
print((3.0).is_integer(), (3.5).is_integer(), float.is_integer(-0.0))
print(int(2.999), int(-2.999), 1e300 * 1e300 > 0, 7.0 // 0.1, 7.0 % 0.1)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1.0 + 2 ** -52 > 1.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(float(10 ** 20), float(-3), 1e20 == 10 ** 20)
