# __repr__ and __str__ in print, str(), repr(), containers, % and format.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
class StrOnly:
    def __str__(self):
        return "str only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
print(repr(s).startswith("<__main__.StrOnly object at "), str(s))
class Fmt:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __str__(self):
        return "FS"
print(format(Fmt(), "abc"), f"{Fmt():>5}", "{:x}".format(Fmt()), str(Fmt()))
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print("TypeError", e)
