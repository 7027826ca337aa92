# Positional-only parameters: bound by position only, named in errors.
def f(a, b=2, /, c=3, *, d=4):
    return a, b, c, d

print(f(1), f(1, 5, 6, d=7), f(1, c=9))
for call in (lambda: f(), lambda: f(a=1), lambda: f(1, b=2), lambda: f(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def g(x, /, **kw):
    return x, sorted(kw.items())

print(g(1, x=2))  # x goes to **kw: the positional-only x is not a keyword
print(sorted((lambda p, /, q: locals())(1, 2).items()))
