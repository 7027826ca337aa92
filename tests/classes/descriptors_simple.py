# Bound/unbound method behaviour and functions stored on classes vs instances.
class C:
    def m(self):
        return "m of " + type(self).__name__
    f = lambda self: "lambda method"
c = C()
print(c.m(), C.m(c), c.f(), C.f(c))
c.m2 = lambda: "instance function, not bound"
print(c.m2())
bound = c.m
print(bound(), bound == c.m)
class D(C):
    pass
print(D().m(), C.m(D()))
meth = getattr(c, "m")
print(meth())
print(callable(C.m), callable(c.m))
