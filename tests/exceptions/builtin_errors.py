# Messages of common builtin errors match CPython.
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: [1][5], lambda: (1,)[-3], lambda: {}["k"],
    lambda: "abc"[10], lambda: int("z"), lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (),
    lambda: None.x, lambda: undefined_name, lambda: len(5), lambda: abs("a"), lambda: "a" * "b",
    lambda: [].pop(), lambda: {}.pop("x"), lambda: int(5)(), lambda: iter(5), lambda: next(iter([])),
    lambda: int([]), lambda: float("x"), lambda: chr(1114112), lambda: [1, 2].index(3),
    lambda: "abc".index("z"), lambda: object().foo, lambda: -"a", lambda: ~1.5, lambda: (1, 2) < (1, "a"),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
