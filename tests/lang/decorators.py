# Decorators with and without arguments, stacked, and on methods.
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, [a for a in args if isinstance(a, (int, str))])
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(t):
    def deco(fn):
        return lambda: "<%s>%s</%s>" % (t, fn(), t)
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
class C:
    @trace
    def method(self, x):
        return x * 2
print(C().method(21))
def deco_class(cls):
    cls.added = "yes"
    return cls
@deco_class
class D:
    pass
print(D.added)
