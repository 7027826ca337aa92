# Conditional expressions: nesting, laziness, inside lambdas and comprehensions.
def side(tag, v):
    print("eval", tag)
    return v
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
sign = lambda x: -1 if x < 0 else (1 if x > 0 else 0)
print([sign(v) for v in [-5, 0, 7]])
print([x if x % 2 else "even" for x in range(5)])
x = 5
y = (x if x > 3 else 0) + (10 if x == 5 else 20)
print(y)
