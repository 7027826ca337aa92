# __getitem__/__setitem__/__delitem__/__len__/__contains__ and the fallback iteration.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "@" in g, "?" in g)
del g[0, 0]
print(g[0, 0], bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class Sliceable:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step) if isinstance(s, slice) else s
print(Sliceable()[1:5:2], Sliceable()[::-1], Sliceable()[7])
