# NotImplemented makes Python try the reflected method on the other operand.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self + o
    def __mul__(self, k):
        return Meters(self.v * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Meters) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v if isinstance(o, Meters) else NotImplemented
    def __repr__(self):
        return "%gm" % self.v
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), 2 * Meters(3), Meters(3) * 2.5)
print(sum([Meters(1), Meters(2)]), Meters(2) == Meters(2), Meters(2) == 2, Meters(1) < Meters(2))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError", e)
try:
    Meters(1) < 3
except TypeError as e:
    print("TypeError", e)
class Other:
    def __radd__(self, o):
        return "Other.__radd__(%r)" % (o,)
print(1 + Other(), [1] + Other(), "s" + Other())
