# Sieve of Eratosthenes and prime utilities.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]
primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [2, 12, 97, 360, 1001, 65536, 999983 * 7]:
    print(n, factorize(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(462, 1071), gcd(17, 5), gcd(0, 9))
