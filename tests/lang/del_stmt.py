# del of names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError:
        return "unbound"
print(f())
