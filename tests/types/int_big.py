# Arbitrary-precision integers: factorial, powers, division, conversions.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(52))
print(2 ** 200, -(2 ** 200))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 31, 2 ** 32 + 1)
a = 3 ** 100
b = 7 ** 40
print(a // b, a % b, -a // b, -a % b, a // -b, divmod(a, b))
print(a * b, a - b * 10 ** 10, b - a)
print(fact(25) // fact(23), fact(20) == 2432902008176640000)
print(str(2 ** 100)[::-1], len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))
print(int("123456789" * 5), int("-" + "9" * 40) + 1)
print(hex(2 ** 100), oct(3 ** 50), bin(2 ** 70 + 1))
print((2 ** 100).bit_length(), (10 ** 30) == 10 ** 30, 10 ** 30 < 10 ** 31, -(10 ** 30) < 5)
print(abs(-(7 ** 30)), 7 ** 30 // 7 ** 29, (2 ** 64) % 1000007)
print(float(2 ** 100), 2 ** 100 / 2 ** 98, int(1e30))
