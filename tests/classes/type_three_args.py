# type(name, bases, dict) creates classes dynamically.
Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point()
p.x = -4
print(Point.__name__, p.norm(), type(p).__name__, Point.x)
Base = type("Base", (object,), {"greet": lambda self: "hi from " + type(self).__name__})
Sub = type("Sub", (Base,), {"extra": 1})
print(Sub().greet(), Sub.extra, issubclass(Sub, Base), [c.__name__ for c in Sub.__mro__])
def init(self, v):
    self.v = v
Box = type("Box", (), {"__init__": init, "__repr__": lambda self: "Box(%r)" % self.v})
print(Box(3), [Box(i) for i in range(2)])
E = type("E", (ValueError,), {})
try:
    raise E("dynamic")
except ValueError as e:
    print(type(e).__name__, e)
