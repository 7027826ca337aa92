# pass in every block kind, Ellipsis, and docstrings as statements.
def nothing():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
if True:
    pass
print(nothing(), Empty.__name__)
def doc():
    "a docstring"
    return doc.__doc__
print(doc())
print(..., type(...).__name__, ... is Ellipsis)
def stub(): ...
print(stub())
class K:
    """class doc"""
print(K.__doc__)
