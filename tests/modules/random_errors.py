# random: bad arguments raise CPython's exceptions and messages.
import random
tests = [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 5, 0),
         lambda: random.randrange(1, 2, -1), lambda: random.choice([]), lambda: random.sample([1], 2),
         lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1), lambda: random.randrange(2.5),
         lambda: random.randrange("a"), lambda: random.randint(1), lambda: random.seed([1]),
         lambda: random.sample([1, 2], -1), lambda: random.randrange(10, step=2)]
for f in tests:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
