# collections.Counter: counting, most_common, multiset operators.
from collections import Counter
c = Counter("abracadabra")
print(c, c['a'], c['z'], len(c), c.most_common(2), c.most_common(), sorted(c.elements()), c.total())
c.update("aaz"); c.update({'b': 10}); c.update(q=2); print(c)
c.subtract("aaaa"); c.subtract({'z': 5}); print(c, c.most_common(1))
d = Counter(a=3, b=1); e = Counter(a=1, b=2, c=5)
print(d + e, d - e, e - d, d | e, d & e, Counter(a=0) == Counter(), d == {'a': 3, 'b': 1}, d != e)
del d['nope']; del d['a']; print(d, Counter(), Counter({'x': 2}), Counter([1, 1, 2]), type(d.copy()).__name__)
print(isinstance(c, dict), list(Counter('cba')), Counter('hello').most_common(0), list(Counter(a=2, b=-1, c=0).elements()))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
for f in [lambda: hash(c), lambda: Counter(1), lambda: Counter('a', 'b')]:
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)
