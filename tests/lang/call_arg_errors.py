# Wrong calls raise TypeError with CPython's messages.
def f(a, b, c=3):
    return a
def kw(*, k):
    return k
cases = [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5), lambda: f(1, a=1),
         lambda: kw(1), lambda: kw(), lambda: len(), lambda: len([], []), lambda: f(*[1], **{"b": 2, "x": 0})]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
def g(**kw):
    return sorted(kw)
print(g(**{"a": 1}, b=2))
try:
    g(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
