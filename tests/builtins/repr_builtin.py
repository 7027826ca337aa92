# repr of builtin values, nested containers and special floats.
vals = [0, -1, 2 ** 65, 1.0, -0.0, 1e-10, 1e100, "", "a'b", 'a"b', "a'\"b", "\\", "\n\t", b"", b"'", bytearray(b"x"),
        [], [[]], (), (1,), (1, 2), {}, {1: [2]}, set(), {1}, frozenset({2}), None, True, range(2), slice(1, 2), Ellipsis,
        [1, "a", (2.5, None)], {"k": {"n": (1,)}}]
for v in vals:
    print(repr(v))
print(str([1, "a"]), str(("x",)), str({"a": "b"}))
