# Infinite generators combined by hand: take, filter, pairwise, islice-like loops.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def gfilter(pred, it):
    for x in it:
        if pred(x):
            yield x
def gmap(f, it):
    for x in it:
        yield f(x)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(5, naturals()), take(10, primes()))
print(take(5, gfilter(lambda v: v % 3 == 0, naturals(1))))
print(take(4, gmap(lambda v: v * v, gfilter(lambda v: v % 2, naturals()))))
def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
print(list(islice(naturals(), 3, 7)), list(islice(primes(), 20, 23)))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("ab")))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
