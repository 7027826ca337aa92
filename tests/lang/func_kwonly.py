# Keyword-only and positional-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError:
    print("TypeError: b is keyword-only")
try:
    f(1)
except TypeError:
    print("TypeError: missing b")
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
try:
    g(1, b=2, c=3, d=4)
except TypeError:
    print("TypeError: b is positional-only")
def h(x, /, **kw):
    return x, sorted(kw.items())
print(h(1, x=2))
def k(*, only):
    return only
print(k(only="yes"))
def defaults(a, /, b=2, *, c=3):
    return a + b + c
print(defaults(1), defaults(1, 10), defaults(1, c=100))
