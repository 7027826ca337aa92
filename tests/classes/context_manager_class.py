# Context managers: __exit__ args, return value handling, exceptions inside __exit__.
class Rec:
    def __init__(self, tag, swallow=False):
        self.tag, self.swallow = tag, swallow
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else None, ev.args if ev else None, tb is not None)
        return self.swallow
with Rec("ok") as r:
    print("inside", r.tag)
with Rec("swallow", True):
    raise ValueError("v", 1)
try:
    with Rec("pass-through"):
        raise TypeError("t")
except TypeError as e:
    print("outer caught", e)
class Raising:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raising():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
class BadEnter:
    def __enter__(self):
        raise KeyError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with BadEnter():
        print("not run")
except KeyError as e:
    print("KeyError", e)
def gen():
    for i in range(3):
        with Rec("in-gen-%d" % i):
            yield i
print(list(gen()))
