# __int__, __float__, __index__, __bool__, __len__ used by builtins.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
n = Num(3.7)
print(int(n), float(n), bool(n), bool(Num(0)), [10, 20, 30, 40][Num(2)], "abcdef"[Num(1):Num(4)])
print(bin(Num(5)), hex(Num(255)), oct(Num(8)), list(range(Num(3))), "ab" * Num(2))
class Weird:
    def __bool__(self):
        return "yes"
try:
    bool(Weird())
except TypeError as e:
    print("TypeError", e)
key = "0"
try:
    [1][key]
except TypeError as e:
    print("TypeError", e)
class IntLike:
    def __index__(self):
        return 2
print([1, 2, 3][IntLike()], range(10)[IntLike()], "xyz"[IntLike()])
