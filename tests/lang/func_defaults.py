# Default argument values: evaluated once, shared mutable defaults, keyword calls.
def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c=9), f(a=0, c=1, b=2))
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
n = 10
def g(x=n):
    return x
n = 20
print(g(), g(5))
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
print(f.__defaults__, g.__defaults__)
def k(x, y=lambda z: z * 2):
    return y(x)
print(k(4), k(4, abs), k(-4, y=abs))
