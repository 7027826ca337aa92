# Classes created inside functions close over local variables; each call makes a new class.
def make_class(greeting):
    count = [0]
    class Greeter:
        def greet(self, name):
            count[0] += 1
            return "%s, %s (#%d)" % (greeting, name, count[0])
    return Greeter
Hello = make_class("Hello")
Hi = make_class("Hi")
h = Hello()
print(h.greet("a"), h.greet("b"), Hi().greet("c"), Hello is Hi, type(h).__name__)
def make_exception(name):
    return type(name, (Exception,), {})
E1 = make_exception("E1")
try:
    raise E1("dyn")
except E1 as e:
    print(type(e).__name__, e)
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return self.Inner()
print(Outer().make().value, Outer.Inner.__name__)
