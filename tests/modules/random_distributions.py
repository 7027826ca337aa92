# random: choices with weights and cum_weights, gauss, normalvariate, expovariate,
# triangular: the same draws as CPython for a seed, and its errors.
import random
random.seed(5)
print(random.choices([1,2,3], weights=[1,0,5], k=5))
print(random.choices("abcd", [1, 2.5, 0, 4], k=8))
print(random.choices("abcd", cum_weights=[1, 2, 2, 10], k=8))
print(random.choices(range(5), k=3))
print([round(random.gauss(1, 2), 10) for _ in range(5)])
random.seed(7)
print([round(random.gauss(), 10) for _ in range(3)])
print([round(random.normalvariate(0, 1), 10) for _ in range(4)])
print([round(random.expovariate(1.5), 10) for _ in range(4)])
print([round(random.triangular(1, 5), 10) for _ in range(3)], round(random.triangular(1, 5, 4), 10), random.triangular(2, 2, 2))
for bad in [lambda: random.choices("ab", [1], k=2), lambda: random.choices("ab", [0, 0]),
            lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]), lambda: random.choices("ab", 3),
            lambda: random.choices("ab", [1, float("inf")]), lambda: random.expovariate(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
