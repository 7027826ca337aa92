# **kwargs preserve the call's keyword order; merging and overriding keyword dicts.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1}, a=2, **{"c": 3}))
base = {"color": "red", "size": 1}
def paint(color, size, **extra):
    return color, size, extra
print(paint(**base), paint(**base, alpha=0.5), paint(**{**base, "size": 9}))
def forward(*args, **kwargs):
    return show(**kwargs), args
print(forward(1, 2, x=3, y=4))
def collector(a, *, b=0, **rest):
    return a, b, rest
print(collector(1, c=5, b=2, d=6))
try:
    paint(color="x", **base)
except TypeError as e:
    print("TypeError", e)
