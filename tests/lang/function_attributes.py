# Function objects: __name__, __doc__, __defaults__, attributes, identity, equality.
def f(a, b=2, *, c=3):
    "f's doc"
    return a + b + c
print(f.__name__, f.__doc__, f.__defaults__, f(1))
f.custom = "attached"
print(f.custom, hasattr(f, "custom"))
g = f
print(g is f, g == f, g(0, 0, c=0))
def noop():
    pass
print(noop.__doc__, noop(), type(noop).__name__, callable(noop))
fs = [f, noop, len]
print([fn.__name__ for fn in fs])
print(type(len).__name__, (lambda: 0).__name__)
