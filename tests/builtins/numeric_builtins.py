# abs, divmod, pow, round, min, max, sum on numbers.
print(abs(-7), abs(7), abs(-2.5), abs(-2 ** 70), abs(3 - 4j), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(round(3.14159, 2), round(-0.5), round(1.5), round(2.5), round(17, -1), round(15, -1), round(25, -1))
print(round(0.125, 2), round(0.375, 2), round(1e20), round(-7.7), round(7.49999))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((), default="empty"), max([], default=None))
print(min([3, -5, 2], key=abs), max(["a", "ccc", "bb"], key=len), max([1, 3, 3, 2], key=lambda v: v % 3))
print(min(1, 2.5, -3), max([[1, 2], [1, 3]]), min("b", "a", "c"))
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum(range(100), 1000), sum([[1], [2]], []))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: divmod(1, 0), lambda: max(1)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(max(2, 1, key=lambda v: 0), min(2, 1, key=lambda v: 0))
