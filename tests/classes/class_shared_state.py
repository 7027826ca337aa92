# Mutable class attributes are shared; instance assignment shadows them.
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1); d.add(2)
print(c.items, d.items)
class Config:
    level = 1
class Child(Config):
    pass
print(Child.level)
Config.level = 2
print(Child.level)
Child.level = 3
print(Config.level, Child.level)
del Child.level
print(Child.level)
