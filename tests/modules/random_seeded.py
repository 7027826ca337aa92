# random: after seed(n) every function gives exactly CPython's values.
import random
for s in [42, 0, 1, -5, 2**40 + 3, 123456789012345678901234567890, 3.5, True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(7), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
    print(random.randrange(10), random.randrange(3, 20), random.randrange(0, 100, 7), random.randrange(50, 0, -3), random.randint(1, 6), random.randrange(2**70))
    l = list(range(10)); random.shuffle(l); print(l)
    print(random.choice("abcdef"), random.sample(range(100), 10), random.sample(range(10), 10), random.sample([1, 2, 3], 2))
    print(random.uniform(1, 5), random.choices("abc", k=5), random.randrange(2**31), random.randrange(2**32 + 1), random.getrandbits(0))
random.seed(7)
print([random.randint(1, 100) for _ in range(20)])
print(random.sample(range(1000), 30), random.randrange(start=5, stop=10), random.randrange(10, step=3, stop=40))
random.seed(12345)
print(sum(random.random() for _ in range(1000)))
random.seed()
x = random.random()
print(0.0 <= x < 1.0, random.randrange(5) in range(5))
