# An uncaught RecursionError from unbounded recursion ends the program with status 1.
def f(n):
    return f(n + 1) + 1
print("recursing")
f(0)
