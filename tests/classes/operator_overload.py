# Arithmetic special methods, reflected and in-place variants.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)]) if isinstance(o, V) else V(*[a + o for a in self.c])
    def __radd__(self, o):
        return V(*[o + a for a in self.c])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return V(*[abs(a) for a in self.c])
    def __invert__(self):
        return V(*[~a for a in self.c])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o):
        self.c = tuple(a + o for a in self.c)
        return self
a, b = V(1, 2), V(3, -4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 3, b % 3, a ** 2, -a, +a, abs(b), ~a, a @ b, 10 + a, a + 1)
c = a
c += 5
print(c, a, c is a)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
