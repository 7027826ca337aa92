# Keys of many hashable types; equal numbers share a key; unhashable keys fail.
d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[b"1"] = "bytes"
d[frozenset([1])] = "frozenset"
d[2 ** 70] = "big"
print(len(d), d[1], d["1"], d[(1, 2)], d[None], d[b"1"], d[frozenset({1})], d[2 ** 70])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError", e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d2 = {K(1): "one", K(2): "two"}
print(d2[K(1)], K(3) in d2, len({K(1), K(1), K(2)}))
big = {}
for i in range(1000):
    big[i * 7] = i
print(len(big), big[6993], sum(big.values()), 7 in big, 8 in big)
for i in range(0, 1000, 2):
    del big[i * 7]
print(len(big), list(big)[:5])
