# __getattr__ (fallback), __getattribute__ not used, __setattr__, __delattr__.
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute " + name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "x_q"), hasattr(d, "zz"), getattr(d, "zz", "dflt"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 5
print(l.a)
del l.a
print(hasattr(l, "a"))
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, n):
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
