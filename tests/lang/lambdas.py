# Lambdas: defaults, closures, immediate calls, in data structures.
sq = lambda x: x * x
print(sq(7), (lambda: "empty")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for k in sorted(ops):
    print(k, ops[k](6, 3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x, y=10: x + y)(5), (lambda x, *, y: x - y)(5, y=1))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(sq).__name__, sq.__name__)
