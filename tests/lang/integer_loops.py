# Integer-heavy loops: checksums, digit sums, bit counting (exercise the fast paths).
acc = 0
for i in range(10000):
    acc = (acc * 31 + i) & 0xFFFFFFFF
print(acc)
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(sum(digit_sum(i) for i in range(1000)))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], popcount(2 ** 100 - 1))
total = 0
i = 0
while i < 5000:
    if i % 3 == 0 or i % 5 == 0:
        total += i
    i += 1
print(total)
x = 1
for _ in range(100):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
print(x)
