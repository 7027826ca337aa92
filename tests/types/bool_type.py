# bool is an int subclass; its repr, arithmetic and conversions.
print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True * 3, -True, ~True, True / 2, True // 1, True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, type(True + 0).__name__)
print(bool(), bool(0), bool(""), bool("0"), bool([]), bool([[]]), bool(0.0), bool(-0.0))
print(True == 1, False == 0, True is True, (1 == 1) is True, [True, False].count(1))
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
print(hash(True), hash(False), {True: "a", 1: "b"})
print(str(True).upper(), "%d %s %r" % (True, True, False), f"{True} {False!r} {True:d}")
