# collections.OrderedDict and defaultdict: dict subclasses with their extras.
from collections import OrderedDict, defaultdict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od['a'], len(od), 'a' in od, isinstance(od, dict))
od.move_to_end('b'); print(od); od.move_to_end('c', last=False); print(od); od.move_to_end('a', False); print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([(1, 'x'), (2, 'y')]); o2 = OrderedDict([(2, 'y'), (1, 'x')])
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1.copy(), type(o1.copy()).__name__, o1 | {3: 'z'})
o3 = OrderedDict(a=1, b=2); o3.update(c=3); del o3['a']; print(o3, o3.get('zz'), list(o3.items()), dict(o3))
o4 = OrderedDict.fromkeys('xy', 0); print(o4, type(o4).__name__, OrderedDict())
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd['zz'], len(dd), dd.get('nope'), 'nope' in dd, dd.default_factory)
c = defaultdict(int)
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()), c == {'h': 1}, dict(c) == c, isinstance(c, dict), type(c.copy()).__name__)
n = defaultdict(None, {1: 2}); print(n, n[1])
n.default_factory = str; print(repr(n[5]), n)
nested = defaultdict(lambda: defaultdict(int)); nested['x']['y'] += 2; print(nested['x']['y'], list(nested))
class Tally(defaultdict):
    def total(self):
        return sum(self.values())
t = Tally(int); t['a'] += 5; t['b'] += 1; print(t.total(), t['missing'], sorted(t))
class OD2(OrderedDict):
    pass
x = OD2(); x[1] = 2; x[3] = 4; x.move_to_end(1); print(x[1], list(x), len(x))
for f in [lambda: hash(o1), lambda: OrderedDict().popitem(last=False), lambda: o1.move_to_end(99),
          lambda: o1['q'], lambda: defaultdict(None)[7],
          lambda: defaultdict(1), lambda: hash(dd)]:
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)
