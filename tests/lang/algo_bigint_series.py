# Big-integer series: Fibonacci, Catalan numbers, binomials, digits of e by a spigot.
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 1000000007)
def binom(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - i + 1) // i
    return r
print([binom(10, k) for k in range(11)], binom(100, 50))
print([binom(2 * n, n) // (n + 1) for n in range(15)])
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)
print(e_digits(60))
x = 3 ** 333
print(x.bit_length(), x % 2 ** 64, -x // 10 ** 150, str(x)[:20], hex(x)[-10:])
