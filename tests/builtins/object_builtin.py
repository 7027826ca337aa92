# object(): a featureless base; attribute errors; comparisons and hashing.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    o < object()
except TypeError as e:
    print("TypeError", e)
class Sub(object):
    pass
s = Sub()
s.x = 1
print(s.x, Sub.__bases__ == (object,), issubclass(Sub, object), isinstance(5, object), isinstance(None, object))
print(str(o).startswith("<object object at "), object.__name__)
