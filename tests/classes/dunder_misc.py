# __contains__ fallback to __iter__, __reversed__, __len__ with reversed(), __hash__ None.
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __reversed__(self):
        return iter(self.items[::-1] + ["(rev)"])
b = Box(1, 2, 3)
print(2 in b, 5 in b, list(reversed(b)), len(b), sorted(b, reverse=True), list(enumerate(b)))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqRev())), "".join(SeqRev()))
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError as e:
    print("TypeError", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "C%d" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), max([Cmp(1), Cmp(9)]))
