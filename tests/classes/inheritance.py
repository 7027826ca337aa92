# Single inheritance: overriding, super(), attribute lookup through bases.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age
for a in [Animal("gen"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
print(isinstance(Puppy("p", 0), Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
print(Puppy.__bases__ == (Dog,), Puppy.__mro__ == (Puppy, Dog, Animal, object), Dog.__name__)
class Base:
    def hello(self):
        return "base " + self.who()
    def who(self):
        return "Base"
class Derived(Base):
    def who(self):
        return "Derived"
print(Derived().hello(), Base().hello())
print(super(Puppy, Puppy("x", 2)).kind())
