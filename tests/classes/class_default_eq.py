# Default equality is identity; default repr is not printed (it has an address).
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, [a].count(a), [a, b].index(b), a in [b], a in [a])
print(str(a).startswith("<__main__.Plain object at"), repr(a) == str(a))
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", None)
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(1), WithEq(1) != WithEq(2), [WithEq(2)].index(WithEq(2)))
print(WithEq(1) in [WithEq(0), WithEq(1)], WithEq(3) == 3)
print(WithEq.__hash__ is None)
