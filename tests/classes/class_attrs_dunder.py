# __name__, __dict__, __class__, __doc__, vars(), dir() membership, attribute errors.
class K:
    """K doc"""
    a = 1
    def m(self):
        pass
k = K()
k.b = 2
print(K.__name__, K.__doc__, k.__class__.__name__, vars(k), k.__dict__ == {"b": 2})
print("a" in K.__dict__, "m" in K.__dict__, "b" in K.__dict__, "a" in dir(k), "b" in dir(k), "m" in dir(K))
try:
    k.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    K.nothing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(K, "a"), getattr(k, "b"), K.m.__name__, type(K.m).__name__, type(k.m).__name__)
setattr(K, "c", 3)
print(k.c, hasattr(K, "c"))
delattr(K, "c")
print(hasattr(k, "c"))
print(type(k) is K, type(K) is type, K.__module__)
