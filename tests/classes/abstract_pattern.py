# Template-method pattern with NotImplementedError, and isinstance dispatch.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Rect(2, 3), Circle(1), Square(4)]
for s in shapes:
    print(s.describe())
print(sorted(type(s).__name__ for s in shapes if isinstance(s, Rect)))
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
total = sum(s.area() for s in shapes)
print(round(total, 3))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "seq"
    return "other"
print([kind(v) for v in [True, 1, [], (), "s", 2.0]])
