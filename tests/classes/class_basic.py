# Class definition, instances, __init__, methods, instance vs class attributes.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1)
print(p.x, p.y, p.norm2(), q.x, q.y, Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(p.dims, q.dims)
del p.dims
print(p.dims)
m = p.norm2
print(m(), Point.norm2(q), type(p).__name__, p.__class__ is Point)
print(sorted(p.__dict__.items()), isinstance(p, Point), isinstance(p, object))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances)
p.z = "dynamic"
print(p.z, hasattr(q, "z"))
