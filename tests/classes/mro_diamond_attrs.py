# Attribute lookup along the MRO in a diamond: class attributes and overridden methods.
class Base:
    name = "Base"
    def hello(self):
        return "Base.hello"
    def who(self):
        return self.name
class Left(Base):
    name = "Left"
class Right(Base):
    def hello(self):
        return "Right.hello"
class Bottom(Left, Right):
    pass
b = Bottom()
print(b.name, b.hello(), b.who(), [c.__name__ for c in Bottom.__mro__])
class Bottom2(Right, Left):
    pass
print(Bottom2().name, Bottom2().hello(), [c.__name__ for c in Bottom2.__mro__])
print(isinstance(b, Right), issubclass(Bottom, Base), Bottom.__bases__ == (Left, Right))
