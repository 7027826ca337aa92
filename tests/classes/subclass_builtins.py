# Subclassing list, dict, str, int and Exception.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__, s + [9])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["xyz"], sorted(d.items()), isinstance(d, dict))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), len(u), u + "x", isinstance(u, str), u == "hey")
class Money(int):
    def __repr__(self):
        return "$%d" % int(self)
m = Money(5)
print(repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
class Ordered(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
o = Ordered()
o["x"] = 1
print(o)
