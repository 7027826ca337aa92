# Helper module for the import tests: a value, a function, a class, and an import log.
print("_helper executing, __name__ =", __name__)
value = 42
def double(x):
    return x * 2
class Thing:
    def __repr__(self):
        return "Thing()"
_private = "private"
