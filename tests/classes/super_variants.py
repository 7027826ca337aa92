# super() in __init__, classmethods, properties, and two-argument form.
class A:
    def __init__(self):
        self.trail = ["A"]
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
    def value(self):
        return 1
    @property
    def p(self):
        return "A.p"
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    @classmethod
    def make(cls):
        return "B then " + super().make()
    def value(self):
        return super().value() + 10
    @property
    def p(self):
        return "B.p+" + super().p
class C(B):
    def value(self):
        return super(B, self).value() + 100
c = C()
print(c.trail, C.make(), c.value(), B().value(), c.p)
class D(B):
    def __init__(self):
        super(B, self).__init__()
print(D().trail)
def outside(self):
    return "outside"
class E(A):
    def value(self):
        vals = []
        for _ in range(2):
            vals.append(super().value())
        return sum(vals)
print(E().value())
