# collections.namedtuple: tuple behaviour, field access, defaults, helpers, errors.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2); q = Point(x=3, y=4)
print(p, q, p.x, p[1], p + q, p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), len(p), isinstance(p, tuple))
a, b = p
print(a, b, Point._fields, p._asdict(), p._replace(y=9), Point._make([5, 6]), list(q), p < q, p.index(2), p.count(1))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[10, 20])
print(P3(1), P3(1, 2, 3), P3._field_defaults, P3(c=5, a=0), P3.__name__)
P4 = namedtuple('P4', 'a, b  c')
print(P4(1, 2, 3), P4(*range(3))[-1], P4(1, 2, 3)[:2], P4(1, 2, 3)[::-1])
R = namedtuple('R', ['abc', 'def', '_x', 'abc', '1'], rename=True)
print(R._fields)
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
print(s.norm(), s.x, s[1], isinstance(s, Point), s == (3, 4))
print({p: 1}[Point(1, 2)], p in {(1, 2)}, str(p), repr(q), max(Point(1, 9)), sorted([Point(2, 1), Point(1, 2)]))
Empty = namedtuple('Empty', '')
print(Empty(), len(Empty()), Empty._fields)
P = namedtuple('P', 'x y')
tests = [lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x 1y'), lambda: P(1),
         lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: P(1, 2).z,
         lambda: namedtuple('P', 'x y', defaults=[1, 2, 3]), lambda: P(1, 2)._replace(z=1),
         lambda: namedtuple('P', '_x y'), lambda: namedtuple('P', 'def y'),
         lambda: namedtuple('1P', 'x'), lambda: P._make([1]), lambda: namedtuple('T', 'a b c')()]
for f in tests:
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)
try:
    p.x = 5
except AttributeError as exc:
    print('AttributeError', exc)
