# collections.deque: both ends, indexing, rotate, maxlen, repr and errors.
from collections import deque
d = deque()
d.append(1); d.appendleft(0); d.extend([2, 3]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], list(d), bool(d), bool(deque()))
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(11); print(d)
print(d.pop(), d.popleft(), d, 2 in d, 9 in d, d.count(1), d.index(2))
d[1] = 'x'; del d[0]; print(d); d.remove('x'); print(d); d.reverse(); print(d)
d.insert(1, 'y'); print(d, d.copy(), d == d.copy(), d != deque(), deque([1, 2]) < deque([1, 3]))
m = deque(range(10), maxlen=3); print(m, m.maxlen, deque().maxlen)
m.append(10); print(m); m.appendleft(5); print(m)
m.extend("ab"); print(m); m.extendleft("cd"); print(m); m.clear(); print(m, len(m))
z = deque([1], 0); z.append(2); print(z)
e = deque([1, 2]); e.extend(e); print(e); e += [7]; print(e, e + deque([8]), deque([0]) * 2)
r = deque(); r.append(r); print(r)
print(deque('abc', maxlen=2), deque(iterable=[1], maxlen=5), sorted(deque([3, 1, 2])))
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
class D(deque):
    def peek(self):
        return self[-1]
s = D([1, 2, 3], maxlen=4); s.append(4); s.append(5); print(s.peek(), len(s), list(s), s.maxlen, isinstance(s, deque))
it = iter(d)
next(it)
d.append(99)
tests = [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
         lambda: deque([], -1), lambda: deque(1), lambda: deque([1]).remove(2),
         lambda: next(it), lambda: d['a'], lambda: deque([1], 2, 3),
         lambda: deque([1], maxlen='a'), lambda: d.index(1000), lambda: deque([1], 1).insert(0, 2)]
for f in tests:
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)
