# type(), __name__ of builtin types, isinstance across builtins, type identity.
vals = [1, 1.5, 1j, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), None, True, range(1), len, print]
for v in vals:
    print(type(v).__name__, type(v) is type(v))
print(type(int), type(type), isinstance(int, type), type(1) is int, type("") == str)
print(isinstance(1, (str, int)), isinstance([], (tuple, dict)), isinstance(True, int), isinstance(1, bool))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(list, list), issubclass(dict, list))
print(int.__name__, str.__name__, list.__name__, object.__name__, type.__name__)
print(repr(int), repr(list), repr(type(None)), str(float))
print(int("7") + float("1.5"), list([1, 2]), dict({1: 2}))
