# bin, oct, hex, chr, ord, int/float/str/bool conversions, repr vs ascii.
for n in [0, 1, 7, 255, -255, 1024, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))
print(chr(97), chr(0x263A), ord("a"), ord("☺"), [chr(c) for c in range(65, 70)])
print(int("0b101", 2), int("0o17", 8), int("-0x1f", 16), int(" 42 "))
print(str(1.0), str(10 ** 20), str(-0.0), float(3), float("1e-3"), int(-0.9))
print(repr("a'b"), repr('a"b'), ascii("ñ"), ascii(["é", 1]), repr([1.5, "x", None]))
print(format(255, "x"), format(255, "#010b"), format(-3.5, "+.2f"), format("s", "^5"), format(0.5, "%"))
print(bool(0), bool(0.0), bool(""), bool("False"), int(False), str(True), float(True))
print(list(map(int, "123")), list(map(str, [1, 2])), [float(x) for x in ("1", "2.5", "-inf")])
