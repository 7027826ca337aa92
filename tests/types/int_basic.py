# Small-int arithmetic, division semantics and conversions.
for a in [7, -7, 0, 1, -1, 13]:
    for b in [3, -3, 1, -1, 5]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(int("42"), int("-17"), int("  12  "), int("+5"), int("0"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("777", 8))
print(int(3.9), int(-3.9), int(True), int(1e10), int("10", 2))
for bad in ["", "abc", "1.5", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (1024).bit_length())
print(abs(-5), -(-5), +5, -5 + 0)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
