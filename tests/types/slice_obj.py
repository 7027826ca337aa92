# slice objects and __getitem__ receiving them.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
class Show:
    def __getitem__(self, key):
        return key
o = Show()
print(o[1], o[1:2], o[::3], o[1:2, 3], o[...], o[:, None], o["k"])
lst = list(range(10))
print(lst[s], "abcdefghij"[s], tuple(range(10))[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
