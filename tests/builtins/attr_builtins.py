# getattr/setattr/hasattr/delattr, callable, isinstance with tuples, issubclass.
class O:
    cls_attr = "c"
    def method(self):
        return "m"
o = O()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(O, "method"), hasattr(5, "real"), hasattr("", "join"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "missing")
except AttributeError:
    print("AttributeError on delattr")
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(O), callable(o), callable(o.method), callable(None), callable(lambda: 0))
print(isinstance(1, (str, (float, int))), isinstance("s", ()), isinstance(o, O), isinstance(O, type))
print(issubclass(bool, (str, int)), issubclass(O, object), issubclass(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
setattr(O, "added", lambda self: "added method")
print(o.added())
