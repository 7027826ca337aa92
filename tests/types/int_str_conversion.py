# int <-> str in many bases, large values, signs and whitespace.
for n in [0, 1, -1, 9, 10, 255, -256, 2 ** 31, -(2 ** 63), 10 ** 25]:
    print(str(n), repr(n), int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n), 8) == n)
for base in [2, 3, 8, 10, 16, 36]:
    print(base, int("101", base), int("-11", base))
print(int("  -0012  "), int("0", 0), int("0x_1f", 16), int("1" * 30), int("-" + "7" * 25, 8))
for bad, base in [("12", 2), ("g", 16), ("0x10", 10), ("010", 0), (" ", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError", e)
