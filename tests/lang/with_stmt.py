# with statements: enter/exit order, multiple items, suppressing exceptions.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
with CM("outer"), CM("inner", suppress=True):
    1 / 0
print("done")
