# pow with two and three arguments, negative exponents and modular inverses.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), pow(3, 0))
print(pow(2, 100, 1000), pow(3, 200, 13), pow(7, 123456, 1000003), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(5, 0, 7), pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(38, -1, 97), (pow(38, -1, 97) * 38) % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(2 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 10 ** -2)
print(pow(2, 3.0), pow(4, 0.5), pow(-1, 2))
