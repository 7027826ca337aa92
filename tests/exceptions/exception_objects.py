# Exception args, str and repr, for builtin and custom classes.
for e in [ValueError(), ValueError("m"), ValueError("a", 2), KeyError("k"), KeyError(2), IndexError("i"),
          Exception(None), RuntimeError(""), OSError(2, "nf"), StopIteration(5), ZeroDivisionError("z")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a, self.b = a, b
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(repr(MyErr("x", 1)), str(MyErr("x")), WithInit(1, 2).args, str(WithInit(1, 2)), WithInit(3, 4).b)
print(str(WithStr("ignored")), repr(WithStr("kept")), WithStr("kept").args)
print(StopIteration(7).value, StopIteration().value, isinstance(MyErr(), Exception), issubclass(MyErr, BaseException))
e = ValueError("orig")
e.extra = 5
print(e.extra, e.args)
print(KeyError("quoted"), str(KeyError("a", "b")), str(KeyError()))
