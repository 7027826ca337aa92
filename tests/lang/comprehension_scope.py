# Comprehension scoping: loop variables do not leak, closures see class-free scope.
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
i = "untouched"
squares = [i * i for i in range(4)]
print(i, squares)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
print([[j for j in range(i)] for i in range(4)])
def g(data):
    return {k: sum(v) for k, v in data}
print(g([("a", [1, 2]), ("b", [3])]))
outer = 5
gen = (outer + z for z in range(3))
outer = 100
print(list(gen))
print(list(map(lambda t: t[0] * t[1], [(a, b) for a in range(3) for b in range(2)])))
