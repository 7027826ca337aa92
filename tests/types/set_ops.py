# set and frozenset operations on small ints (deterministic order) with sorted output.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= a | b, b < a, a > {1}, a.isdisjoint({9}))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1})), sorted(a.symmetric_difference([1, 7])))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s), 3 in s, 2 not in s)
s.update([5, 6], {7})
s.discard(100); s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p in {1, 3, 7}, len(s))
s |= {10}; s &= {1, 3, 7, 10}; s -= {10}
print(sorted(s))
f = frozenset([1, 2, 2])
print(sorted(f), len(f), f == {1, 2}, hash(f) == hash(frozenset({2, 1})), type(f | {3}).__name__)
try:
    f.add(1)
except AttributeError:
    print("AttributeError")
print(set(), repr(set()), {1}, {1, 2, 3}, frozenset(), set("aab") == {"a", "b"})
print(sorted({x % 3 for x in range(10)}), {1, 2} == {2, 1}, sorted(set([3, 1, 2])))
c = a.copy(); c.clear(); print(c, len(a))
print(set([1, 2]).issubset([1, 2, 3]), {1, 2, 3}.issuperset({1}))
try:
    {[]}
except TypeError as e:
    print("TypeError", e)
