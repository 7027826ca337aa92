# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
it = iter(data)
while (x := next(it, None)) is not None:
    print("item", x)
print([y for v in data if (y := v * 2) > 6])
print(y)
total = 0
print([total := total + v for v in data], total)
def f():
    if (m := 5) > 2:
        return m * 2
print(f())
print((z := 10) + z)
vals = [w for w in range(5) if (w2 := w * w) % 2 == 0]
print(vals, w2)
if (mo := None) is None:
    print("no match", mo)
