# Exceptions raised inside generators, finally in generators, StopIteration handling.
def gen():
    try:
        yield 1
        yield 2
        raise ValueError("in gen")
    finally:
        print("gen finally")
g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("exhausted")
def leaky():
    yield 1
    raise StopIteration("bad")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e)
def returns():
    yield 1
    return "value"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def catches():
    for i in range(3):
        try:
            yield i
        except KeyError:
            print("gen caught KeyError")
g = catches()
print(next(g), g.throw(KeyError), next(g))
