# None: identity, truth, repr, comparisons, as default return value.
def f():
    pass
print(None, repr(None), f(), f() is None, type(None).__name__, None == None, None != 0)
print(bool(None), [None] * 2, {None: 1}[None], str(None), None or "x")
try:
    None < 1
except TypeError as e:
    print("TypeError", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
x = [].sort()
print(x, print("inner") is None)
