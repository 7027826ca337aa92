# Bitwise and comparison special methods, NotImplemented fallbacks, total ordering by hand.
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __rand__(self, o): return Bits(o & self.v)
    def __repr__(self): return "Bits(%s)" % bin(self.v)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 1, 7 & a)
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o): return isinstance(o, Ver) and self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __le__(self, o): return self.p <= o.p
    def __gt__(self, o): return self.p > o.p
    def __ge__(self, o): return self.p >= o.p
    def __repr__(self): return "v" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 10), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs), max(vs), min(vs), Ver(1) == Ver(1), Ver(1) != Ver(2), Ver(1) < Ver(2) <= Ver(2))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(1) > OnlyLt(0), OnlyLt(1) < OnlyLt(0))
class Never:
    def __eq__(self, o): return NotImplemented
print(Never() == 1, Never() != 1)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError", e)
