# Truth values of builtin objects and and/or returning operands.
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00", 0j, 1j]:
    print(repr(v), bool(v), not v)
print(0 or "x", 1 and "y", "" or [] or 0, [] and 1, None or None)
print(3 and 4 and 5, 3 or 4 or 5, 0 and 1 or 2, 0 or 0 and 1)
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(T()), bool(L()), bool(N()), not T(), T() or "fallback")
