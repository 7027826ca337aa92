# Int comparisons across sizes and with floats; hash equality of equal numbers.
big = 2 ** 80
print(big > 2 ** 79, big == 2 ** 80, big != big + 1, -big < 0, big >= big)
print(1 == 1.0, 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(True) == hash(1), hash(2 ** 70) == hash(2 ** 70))
print(hash(-1) == hash(-1), hash(5) == 5, hash(-2))
d = {1: "int", 2.0: "float"}
print(d[1.0], d[2], d[True])
print(sorted([3, 1.5, -2, 2 ** 70, -2 ** 70, True, 0]))
print(max(1, 2.5, 2), min(-1, -1.5), 3 < 3.5 < 4, -0.0 == 0)
print(5 == "5", 5 != "5", [1] == [1.0], (1, 2) == (1.0, 2.0))
try:
    1 < "a"
except TypeError as e:
    print("TypeError", e)
