# __new__ and __init__ ordering, singletons, __init__ returning None.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
        self.v = v
t = Tracked(5)
print(t.v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
a, b = Single(), Single()
print(a is b, a.count)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
try:
    Tracked()
except TypeError:
    print("TypeError: missing arg")
