# *args and **kwargs in definitions and calls.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{"y": 6}, **{"z": 7}))
def g(a, b, *rest, c=0, **kw):
    return a, b, rest, c, sorted(kw)
print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6, e=7))
print(g(*range(5)))
def h(first, *others):
    return first + sum(others)
print(h(1), h(1, 2, 3), h(*[10, 20, 30]))
args = (1, 2)
kw = {"c": 3}
def t(a, b, c):
    return a * 100 + b * 10 + c
print(t(*args, **kw), t(1, *[2], c=3), t(**{"a": 1, "b": 2, "c": 3}))
print(type(f()[0]).__name__)
