# Every binary operator's forward, reflected and in-place special methods are dispatched.
class Rec:
    def __init__(self, name):
        self.name = name
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
def make(kind, op):
    def method(self, other):
        return "%s.%s(%s)" % (self.name, kind % op, other if not isinstance(other, Rec) else other.name)
    return method
for op in ops:
    setattr(Rec, "__%s__" % op, make("%s", op))
    setattr(Rec, "__r%s__" % op, make("r%s", op))
    if op != "divmod":
        setattr(Rec, "__i%s__" % op, make("i%s", op))
a = Rec("a")
print(a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, a ** 1, a << 1, a >> 1, a & 1, a | 1, a ^ 1, a @ 1, divmod(a, 1))
print(1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a, divmod(1, a))
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    x = Rec("x")
    ns = {"x": x}
    exec("x " + op + " 2", ns)
    print(op, ns["x"])
class Un:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Un(), +Un(), ~Un(), abs(Un()))
class OnlyAdd:
    def __add__(self, o):
        return "added"
o = OnlyAdd()
o += 1
print(o)
