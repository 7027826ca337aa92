# Sets of ints and strings, always printed sorted; frozenset keys and set algebra.
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
firsts = {w[0] for w in words}
print(sorted(firsts), len(firsts), "a" in firsts)
lengths = {len(w) for w in words}
print(sorted(lengths))
by_first = {}
for w in words:
    by_first.setdefault(w[0], set()).add(w)
print({k: sorted(v) for k, v in sorted(by_first.items())})
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes), sorted(evens ^ threes)[:5])
fs = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(fs[frozenset({2, 1})], frozenset({3}) in fs)
s = {1, 2, 3}
print(s == {3, 2, 1}, s < {1, 2, 3, 4}, s >= {1}, {1, 2}.isdisjoint({3}), sorted(s.union({9})))
print(sorted({(1, 2), (0, 5), (1, 0)}), sorted({"b", "a", "c"}), len({1, 1.0, True}))
