# __eq__ and __hash__: set/dict membership, default identity hashing, unhashable.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s, {P(0, 0): "origin"}[P(0, 0)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class Ident:
    pass
a, b = Ident(), Ident()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class Child(P):
    pass
print(Child(1, 2) == P(1, 2), hash(Child(1, 2)) == hash(P(1, 2)))
class EqOnly(P):
    def __eq__(self, o):
        return False
try:
    print(hash(EqOnly(1, 1)))
except TypeError as e:
    print("TypeError", e)
