# Multiple inheritance with the C3 MRO and cooperative super().
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.__mro__])
class Mixin:
    def describe(self):
        return "mixin sees " + self.name
class Named:
    def __init__(self):
        self.name = "named"
class Both(Mixin, Named):
    pass
print(Both().describe(), isinstance(Both(), Mixin), isinstance(Both(), Named))
class Init1:
    def __init__(self):
        print("Init1"); super().__init__()
class Init2:
    def __init__(self):
        print("Init2"); super().__init__()
class Init3(Init1, Init2):
    def __init__(self):
        print("Init3"); super().__init__()
Init3()
try:
    class Bad(A, B): pass
except TypeError:
    print("TypeError: inconsistent MRO")
